// In the reader's panel: the entity a kept annotation links to (a link to its page), and a picker to link it elsewhere.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { matchesNameFilter } from '../../../shared/entities/registry';
import type { EntityType } from '../../../shared/model/annotation';
import { entitiesRepo } from '../../db/repositories';
import { history } from '../annotate/app-history';
import { relinkAnnotation } from './entity-linking';

const CHOICES = 8;

/** The linked entity's name, shown beside a kept entity annotation (a link to the entity's page). */
export function EntityName({ entityId, name }: { entityId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <span className="entity-link">
      <span className="muted" aria-hidden="true">
        →
      </span>{' '}
      <Link to={`/entities/${entityId}`} title={t('entities.link.open')}>
        {name}
      </Link>
    </span>
  );
}

/** Links the annotation to another entity of its type, or to a new entity of its own. */
export function EntityPicker({ annotationId, type, quote, current, onDone }: { annotationId: string; type: EntityType; quote: string; current?: string; onDone(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(quote);
  const entities = useLiveQuery(() => entitiesRepo.ofType(type), [type]);
  const choices = useMemo(
    () =>
      (entities ?? [])
        .filter((e) => e.id !== current && matchesNameFilter(e, query))
        .sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name, 'th'))
        .slice(0, CHOICES),
    [entities, current, query],
  );
  const relink = (target: string | undefined) => {
    void history.run(relinkAnnotation(entitiesRepo, annotationId, target));
    onDone();
  };
  return (
    <div className="entity-picker" onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <input type="search" aria-label={t('entities.link.search')} placeholder={t('entities.link.search')} value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
      <ul>
        {choices.map((e) => (
          <li key={e.id}>
            <button className="link" onClick={() => relink(e.id)}>
              {e.name}
              {e.aliases.length > 1 && <span className="muted"> · {e.aliases.filter((a) => a !== e.name).slice(0, 3).join(' · ')}</span>}
            </button>
          </li>
        ))}
        {entities && choices.length === 0 && <li className="muted">{t('entities.link.none')}</li>}
      </ul>
      <div className="row">
        <button onClick={() => relink(undefined)} title={t('entities.link.toNewHint', { quote })}>
          {t('entities.link.toNew')}
        </button>
        <button onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </div>
  );
}
