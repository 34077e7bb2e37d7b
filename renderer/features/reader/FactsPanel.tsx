// The Facts tab: each figure of the document read as a fact (measure, subject, counterpart, period), suggested from its sentence; confirm or edit.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodKindOf, suggestFacts } from '../../../shared/extract/fact-suggester';
import { isFigureType } from '../../../shared/model/annotation';
import { MEASURES, type AnnotationRecord, type FactRecord, type Measure } from '../../../shared/model/records';
import { annotationsRepo, factsRepo } from '../../db/repositories';
import { history } from '../annotate/app-history';
import { confirmFacts, deleteFact } from '../annotate/annotation-commands';
import { formatPeriod } from '../../app/format-date';
import { formatFigure } from '../annotate/format-figure';

interface Draft {
  figure: AnnotationRecord;
  measure: Measure;
  subject: string;
  counterpart: string;
  startDate: string;
  endDate: string;
  quote: string;
}

function toFact(docId: string, d: Draft): FactRecord {
  const start = d.startDate || undefined;
  const end = d.endDate || d.startDate || undefined;
  return {
    id: crypto.randomUUID(),
    docId,
    annotationId: d.figure.id,
    measure: d.measure,
    subject: d.subject.trim() || undefined,
    counterpart: d.counterpart.trim() || undefined,
    startDate: start,
    endDate: end,
    periodKind: periodKindOf(start, end, d.quote),
    createdAt: new Date().toISOString(),
  };
}

function SuggestedRow({ draft, onConfirm, onFocus }: { draft: Draft; onConfirm(d: Draft): void; onFocus(): void }) {
  const { t, i18n } = useTranslation();
  const [d, setD] = useState(draft);
  const figure = d.figure as Extract<AnnotationRecord, { value: number }>;
  return (
    <li className="fact-item suggested" data-fact-for={d.figure.id}>
      <button className="ann-jump" onClick={onFocus}>
        <q>{d.figure.quote}</q> <span className="detail">{formatFigure(figure, i18n.language)}</span>
      </button>
      <form
        className="fact-form"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm(d);
        }}
      >
        <select aria-label={t('facts.measure')} value={d.measure} onChange={(e) => setD({ ...d, measure: e.target.value as Measure })}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`facts.measures.${m}`)}
            </option>
          ))}
        </select>
        <input aria-label={t('facts.subject')} placeholder={t('facts.subject')} value={d.subject} onChange={(e) => setD({ ...d, subject: e.target.value })} />
        <input aria-label={t('facts.counterpart')} placeholder={t('facts.counterpart')} value={d.counterpart} onChange={(e) => setD({ ...d, counterpart: e.target.value })} />
        <input aria-label={t('form.startDate')} type="date" value={d.startDate} onChange={(e) => setD({ ...d, startDate: e.target.value })} />
        <input aria-label={t('form.endDate')} type="date" value={d.endDate} onChange={(e) => setD({ ...d, endDate: e.target.value })} />
        <button type="submit" className="primary">
          {t('facts.confirm')}
        </button>
      </form>
    </li>
  );
}

export function FactsPanel({ docId, text, annotations, onFocus }: { docId: string; text: string; annotations: AnnotationRecord[]; onFocus(id: string): void }) {
  const { t, i18n } = useTranslation();
  const stored = useLiveQuery(() => factsRepo.forDocument(docId), [docId], []);
  const kept = useMemo(() => annotations.filter((a) => a.status !== 'rejected'), [annotations]);

  // A suggested fact for every figure that has no confirmed fact yet.
  const drafts = useMemo(() => {
    const confirmed = new Set(stored.map((f) => f.annotationId));
    const byId = new Map(kept.map((a) => [`${a.start}:${a.end}:${a.type}`, a]));
    return suggestFacts(text, kept)
      .map((s): Draft | undefined => {
        const figure = byId.get(`${s.figure.start}:${s.figure.end}:${s.figure.type}`);
        if (!figure || confirmed.has(figure.id)) return undefined;
        return {
          figure,
          measure: s.measure,
          subject: s.subject?.quote ?? '',
          counterpart: s.counterpart?.quote ?? '',
          startDate: s.startDate ?? '',
          endDate: s.endDate ?? '',
          quote: s.dateSpan ? text.slice(s.dateSpan.start, s.dateSpan.end) : '',
        };
      })
      .filter((d): d is Draft => d !== undefined);
  }, [text, kept, stored]);

  const confirm = (list: Draft[]) => void history.run(confirmFacts(factsRepo, annotationsRepo, list.map((d) => ({ fact: toFact(docId, d), figure: d.figure }))));
  const figureOf = (f: FactRecord) => annotations.find((a) => a.id === f.annotationId);

  if (!kept.some((a) => isFigureType(a.type))) return <aside className="panel empty">{t('facts.none')}</aside>;
  return (
    <aside className="panel facts-panel" aria-label={t('facts.title')}>
      {stored.length > 0 && (
        <section aria-label={t('facts.confirmed')}>
          <h3>{t('facts.confirmed')}</h3>
          <ul>
            {stored.map((f) => {
              const figure = figureOf(f);
              return (
                <li key={f.id} className="fact-item confirmed">
                  <button className="ann-jump" onClick={() => onFocus(f.annotationId)}>
                    <strong>{t(`facts.measures.${f.measure}`)}</strong> {f.subject ?? '–'} → {f.counterpart ?? '–'}{' '}
                    <span className="detail">{figure && 'value' in figure ? formatFigure(figure, i18n.language) : ''}</span>{' '}
                    <span className="muted">{formatPeriod(f.startDate, f.endDate, i18n.language)}</span>
                  </button>
                  <button className="link danger" onClick={() => void history.run(deleteFact(factsRepo, f))}>
                    {t('common.delete')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {drafts.length > 0 && (
        <section aria-label={t('facts.suggested')}>
          <h3>
            {t('facts.suggested')} <span className="muted">{drafts.length}</span>
            <span className="group-actions">
              <button onClick={() => confirm(drafts)}>{t('facts.confirmAll')}</button>
            </span>
          </h3>
          <ul>
            {drafts.map((d) => (
              <SuggestedRow key={d.figure.id} draft={d} onConfirm={(x) => confirm([x])} onFocus={() => onFocus(d.figure.id)} />
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
