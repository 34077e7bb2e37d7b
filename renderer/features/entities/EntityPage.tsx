// One entity: its names, every mention across the library with context, co-mentioned entities and facts.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { coMentions } from '../../../shared/entities/co-mentions';
import { factRole } from '../../../shared/entities/registry';
import type { AnnotationRecord, EntityRecord } from '../../../shared/model/records';
import { formatDate } from '../../app/format-date';
import { entitiesRepo } from '../../db/repositories';
import { TYPE_STYLE } from '../annotate/type-styles';
import { EntityDetails } from './EntityDetails';
import { EntityFacts } from './EntityFacts';
import { MentionLine } from './MentionLine';

/** Documents listed with their mentions before "show more" (each needs its text read for contexts). */
const DOC_PAGE = 30;

export function EntityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const data = useLiveQuery(() => entitiesRepo.mentions(id), [id], null);
  const [docLimit, setDocLimit] = useState(DOC_PAGE);

  const byDoc = useMemo(() => {
    const groups = new Map<string, AnnotationRecord[]>();
    for (const m of data?.mentions ?? []) (groups.get(m.docId) ?? groups.set(m.docId, []).get(m.docId)!).push(m);
    return [...groups];
  }, [data]);
  const shownDocs = byDoc.slice(0, docLimit).map(([docId]) => docId);
  const shownKey = shownDocs.join('|');
  const allKey = byDoc.map(([docId]) => docId).join('|');
  const texts = useLiveQuery(() => entitiesRepo.texts(shownDocs), [shownKey]);
  const together = useLiveQuery(async () => {
    const list = coMentions(id, await entitiesRepo.linkedIn(byDoc.map(([docId]) => docId)));
    const entities = await entitiesRepo.bulkGet(list.map((c) => c.entityId));
    return list.flatMap((c, i) => (entities[i] ? [{ ...c, entity: entities[i]! }] : []));
  }, [id, allKey]);

  if (data === null) return <div className="loading">{t('common.loading')}</div>;
  if (!data) {
    return (
      <div className="empty-state">
        <p>{t('entities.notFound')}</p>
        <Link to="/entities">{t('entities.back')}</Link>
      </div>
    );
  }
  const { entity, mentions, documents } = data;

  return (
    <div className="entity-page">
      <header className="toolbar">
        <Link to="/entities">← {t('entities.back')}</Link>
        <span className="type-badge" style={{ background: TYPE_STYLE[entity.type].color }}>
          {TYPE_STYLE[entity.type].letter}
        </span>
        <h1>{entity.name}</h1>
        <span className="muted">{t(`types.${entity.type}`)}</span>
        <span className="spacer" />
        <span className="muted">
          {t('entities.mentionCount', { count: mentions.length })} · {t('entities.documentCount', { count: byDoc.length })}
        </span>
        <Link className="button" to={`/search?entity=${encodeURIComponent(entity.id)}`}>
          {t('entities.searchLibrary')}
        </Link>
      </header>
      <div className="entity-body">
        <div className="entity-main">
          <EntityDetails key={entity.id} entity={entity} mentions={mentions} />
          <section className="entity-mentions" aria-label={t('entities.mentions')}>
            <h2>
              {t('entities.mentions')} <span className="muted">{mentions.length}</span>
            </h2>
            {mentions.length === 0 && <p className="muted">{t('entities.noMentions')}</p>}
            {byDoc.slice(0, docLimit).map(([docId, list]) => {
              const doc = documents.get(docId);
              const text = texts?.get(docId);
              return (
                <article key={docId} className="mention-doc">
                  <h3>
                    <Link className="doc-title" to={`/doc/${docId}`}>
                      {doc?.title ?? docId}
                    </Link>{' '}
                    {doc?.date && <DocDate iso={doc.date} />}
                  </h3>
                  <ul>
                    {list.map((m) => (
                      <li key={m.id}>
                        <MentionLine docId={docId} annotation={m} text={text} />
                      </li>
                    ))}
                  </ul>
                </article>
              );
            })}
            {byDoc.length > docLimit && (
              <button onClick={() => setDocLimit(docLimit + DOC_PAGE)}>{t('entities.showMore', { shown: docLimit, total: byDoc.length })}</button>
            )}
          </section>
        </div>
        <aside className="entity-side">
          <section aria-label={t('entities.coMentions')}>
            <h2>{t('entities.coMentions')}</h2>
            {together && together.length === 0 && <p className="muted">{t('entities.coMentionsNone')}</p>}
            <ul className="co-mentions">
              {(together ?? []).map((c) => (
                <li key={c.entityId}>
                  <TypeLetter entity={c.entity} />
                  <Link to={`/entities/${c.entityId}`}>{c.entity.name}</Link>{' '}
                  <span className="muted" title={t('entities.togetherHint', { mentions: c.mentions })}>
                    {t('entities.together', { count: c.documents })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <EntityFacts entity={entity} match={(f) => factRole(f, entity)} />
        </aside>
      </div>
    </div>
  );
}

function DocDate({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return <span className="muted doc-date">{formatDate(iso, i18n.language)}</span>;
}

function TypeLetter({ entity }: { entity: EntityRecord }) {
  return (
    <span className="type-badge" style={{ background: TYPE_STYLE[entity.type].color }}>
      {TYPE_STYLE[entity.type].letter}
    </span>
  );
}
