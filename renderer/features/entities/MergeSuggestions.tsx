// Pairs of entities that look like one, each with its reasons: merge them (undoable) or say they differ (never asked again).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EntityRecord } from '../../../shared/model/records';
import { entitiesRepo } from '../../db/repositories';
import { history } from '../annotate/app-history';
import { TYPE_STYLE } from '../annotate/type-styles';
import { mergeEntities, refuseMerge } from './merge-actions';
import { loadMergeSuggestions, reasonText } from './merge-suggestions';

const SHOWN = 12;

function Name({ entity, mentions }: { entity: EntityRecord; mentions: number }) {
  const { t } = useTranslation();
  return (
    <span className="merge-name">
      <Link to={`/entities/${entity.id}`}>{entity.name}</Link> <span className="muted">{t('entities.mentionCount', { count: mentions })}</span>
    </span>
  );
}

export function MergeSuggestions({ mentionCounts }: { mentionCounts: ReadonlyMap<string, number> }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const loaded = useLiveQuery(() => loadMergeSuggestions(entitiesRepo), []);
  if (!loaded || loaded.pairs.length === 0) return null;
  const pairs = all ? loaded.pairs : loaded.pairs.slice(0, SHOWN);
  return (
    <section className="merge-suggestions" aria-label={t('entities.merge.title')}>
      <h2>
        {t('entities.merge.title')} <span className="muted">{loaded.pairs.length}</span>
      </h2>
      <p className="hint">{t('entities.merge.hint')}</p>
      <ul>
        {pairs.map((p) => {
          const keep = loaded.entities.get(p.keep)!;
          const drop = loaded.entities.get(p.drop)!;
          const keys = p.reasons.map((r) => r.key);
          return (
            <li key={`${p.keep}|${p.drop}`} className="merge-item">
              <div className="merge-names">
                <span className="type-badge" style={{ background: TYPE_STYLE[p.type].color }} title={t(`types.${p.type}`)}>
                  {TYPE_STYLE[p.type].letter}
                </span>
                <Name entity={keep} mentions={mentionCounts.get(keep.id) ?? 0} />
                <span className="merge-arrow" aria-hidden="true">
                  ⇄
                </span>
                <Name entity={drop} mentions={mentionCounts.get(drop.id) ?? 0} />
              </div>
              <ul className="merge-reasons">
                {p.reasons.map((r) => (
                  <li key={`${r.rule}|${r.key}`}>{reasonText(t, r, loaded.documents, i18n.language)}</li>
                ))}
              </ul>
              <div className="merge-actions">
                <button className="primary" onClick={() => void history.run(mergeEntities(entitiesRepo, keep.id, drop.id, keys))} title={t('entities.merge.confirmHint', { name: keep.name })}>
                  {t('entities.merge.confirm')}
                </button>
                <button onClick={() => void history.run(refuseMerge(entitiesRepo, keys))} title={t('entities.merge.refuseHint')}>
                  {t('entities.merge.refuse')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {loaded.pairs.length > SHOWN && (
        <button className="link" onClick={() => setAll(!all)}>
          {all ? t('entities.merge.fewer') : t('entities.merge.all', { count: loaded.pairs.length })}
        </button>
      )}
    </section>
  );
}
