// The confirmed facts that name an entity as subject or counterpart, each one click from its figure in the text.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isFigureType } from '../../../shared/model/annotation';
import type { EntityRecord, FactRecord } from '../../../shared/model/records';
import { formatPeriod } from '../../app/format-date';
import { entitiesRepo } from '../../db/repositories';
import { formatFigure } from '../annotate/format-figure';
import { Link } from 'react-router-dom';

export function EntityFacts({ entity, match }: { entity: EntityRecord; match(f: FactRecord): 'subject' | 'counterpart' | 'both' | undefined }) {
  const { t, i18n } = useTranslation();
  const all = useLiveQuery(() => entitiesRepo.factsWithFigures(), []);
  const facts = (all ?? []).flatMap((x) => {
    const role = match(x.fact);
    return role ? [{ ...x, role }] : [];
  });
  return (
    <section aria-label={t('entities.facts')}>
      <h2>
        {t('entities.facts')} {facts.length > 0 && <span className="muted">{facts.length}</span>}
      </h2>
      {all && facts.length === 0 && <p className="muted">{t('entities.factsNone', { name: entity.name })}</p>}
      <ul className="entity-facts">
        {facts.map(({ fact, figure, document, role }) => (
          <li key={fact.id}>
            <Link to={`/doc/${fact.docId}?ann=${encodeURIComponent(fact.annotationId)}`} title={t('entities.openFact')}>
              <strong>{t(`facts.measures.${fact.measure}`)}</strong> {fact.subject ?? '–'} → {fact.counterpart ?? '–'}{' '}
              {figure && isFigureType(figure.type) && 'value' in figure && <span className="figure-value">{formatFigure(figure, i18n.language)}</span>}
            </Link>
            <div className="file-name">
              {t(`entities.role.${role}`)} · {formatPeriod(fact.startDate, fact.endDate, i18n.language)} · {document?.title ?? ''}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
