// The entity registry: every canonical entity of the library, with merge suggestions to confirm or refuse.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ENTITY_TYPES, type EntityType } from '../../../shared/model/annotation';
import { matchesNameFilter } from '../../../shared/entities/registry';
import { entitiesRepo } from '../../db/repositories';
import { TYPE_STYLE } from '../annotate/type-styles';
import { MergeSuggestions } from './MergeSuggestions';

const PAGE = 300;

export function EntitiesView() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | ''>('');
  const [showUnused, setShowUnused] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const summaries = useLiveQuery(() => entitiesRepo.summaries(), []);
  // Entity annotations kept before the registry existed (or restored without links) are linked on the way in.
  useEffect(() => void entitiesRepo.linkUnlinked(), []);

  const counts = useMemo(() => new Map((summaries ?? []).map((s) => [s.entity.id, s.mentions])), [summaries]);
  const unused = useMemo(() => (summaries ?? []).filter((s) => s.mentions === 0), [summaries]);
  const shown = useMemo(
    () =>
      (summaries ?? [])
        .filter((s) => (showUnused || s.mentions > 0) && (!type || s.entity.type === type) && matchesNameFilter(s.entity, query))
        .sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || a.entity.name.localeCompare(b.entity.name, 'th')),
    [summaries, type, query, showUnused],
  );

  if (!summaries) return <div className="loading">{t('common.loading')}</div>;
  const empty = summaries.length - unused.length === 0;

  return (
    <div className="entities">
      <header className="toolbar">
        <h1>{t('entities.title')}</h1>
        <input type="search" placeholder={t('entities.filter')} aria-label={t('entities.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <label>
          {t('entities.type')}{' '}
          <select value={type} onChange={(e) => setType(e.target.value as EntityType | '')}>
            <option value="">{t('entities.allTypes')}</option>
            {ENTITY_TYPES.map((et) => (
              <option key={et} value={et}>
                {t(`types.${et}`)}
              </option>
            ))}
          </select>
        </label>
        {unused.length > 0 && (
          <label title={t('entities.unusedHint')}>
            <input type="checkbox" checked={showUnused} onChange={(e) => setShowUnused(e.target.checked)} /> {t('entities.showUnused', { count: unused.length })}
          </label>
        )}
        <span className="spacer" />
        <span className="muted">{t('entities.count', { count: shown.length })}</span>
      </header>
      {empty && !showUnused ? (
        <div className="empty-state entities-empty">
          <h2>{t('entities.empty.title')}</h2>
          <p>{t('entities.empty.howTo')}</p>
          <p className="muted">{t('entities.empty.merge')}</p>
          <Link className="button" to="/">
            {t('entities.empty.toLibrary')}
          </Link>
        </div>
      ) : (
        <>
          <MergeSuggestions mentionCounts={counts} />
          {shown.length === 0 ? (
            <p className="empty-state">{t('entities.noMatch')}</p>
          ) : (
            <table className="doc-table entity-table">
              <thead>
                <tr>
                  <th>{t('entities.col.name')}</th>
                  <th>{t('entities.col.type')}</th>
                  <th className="num">{t('entities.col.aliases')}</th>
                  <th className="num">{t('entities.col.mentions')}</th>
                  <th className="num">{t('entities.col.documents')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.slice(0, limit).map(({ entity, mentions, documents }) => (
                  <tr key={entity.id} className="entity-row">
                    <td>
                      <Link className="doc-title" to={`/entities/${entity.id}`}>
                        {entity.name}
                      </Link>
                      {entity.aliases.length > 1 && (
                        <div className="file-name entity-aliases-line">{entity.aliases.filter((a) => a !== entity.name).join(' · ')}</div>
                      )}
                    </td>
                    <td className="nowrap">
                      <span className="type-badge" style={{ background: TYPE_STYLE[entity.type].color }}>
                        {TYPE_STYLE[entity.type].letter}
                      </span>
                      {t(`types.${entity.type}`)}
                    </td>
                    <td className="num">{entity.aliases.length}</td>
                    <td className="num">{mentions}</td>
                    <td className="num">{documents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {shown.length > limit && (
            <p className="more">
              <button onClick={() => setLimit(limit + PAGE)}>{t('entities.showMore', { shown: limit, total: shown.length })}</button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
