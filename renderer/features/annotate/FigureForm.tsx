// The inline card for a figure or date: parsed value, unit, qualifier or period, editable; Enter keeps, Escape cancels.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUALIFIERS, type ExtractedAnnotation, type Qualifier } from '../../../shared/model/annotation';
import { TYPE_STYLE } from './type-styles';

export function FigureForm({ initial, onSave, onCancel }: { initial: ExtractedAnnotation; onSave(a: ExtractedAnnotation): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const save = () => onSave(draft);
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

  return (
    <form
      className="figure-form"
      aria-label={t('form.title', { type: t(`types.${draft.type}`) })}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="form-head">
        <span className="type-badge" style={{ background: TYPE_STYLE[draft.type].color }}>
          {TYPE_STYLE[draft.type].letter}
        </span>
        <strong>{t(`types.${draft.type}`)}</strong> <q>{draft.quote}</q>
      </div>
      {draft.type === 'DATE' ? (
        <>
          <label>
            {t('form.startDate')}
            <input ref={first} type="date" value={draft.startDate ?? ''} onChange={(e) => setDraft({ ...draft, startDate: e.target.value || undefined })} />
          </label>
          <label>
            {t('form.endDate')}
            <input type="date" value={draft.endDate ?? ''} onChange={(e) => setDraft({ ...draft, endDate: e.target.value || undefined })} />
          </label>
        </>
      ) : 'value' in draft ? (
        <>
          <label>
            {t('form.value')}
            <input ref={first} type="number" step="any" value={draft.value} onChange={(e) => setDraft({ ...draft, value: num(e.target.value) ?? 0 })} />
          </label>
          <label>
            {t('form.valueMax')}
            <input type="number" step="any" value={draft.valueMax ?? ''} onChange={(e) => setDraft({ ...draft, valueMax: num(e.target.value) })} />
          </label>
          <label>
            {t('form.unit')}
            <input value={draft.unit} onChange={(e) => setDraft({ ...draft, unit: e.target.value })} />
          </label>
          <label>
            {t('form.qualifier')}
            <select value={draft.qualifier} onChange={(e) => setDraft({ ...draft, qualifier: e.target.value as Qualifier })}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {t(`qualifiers.${q}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')} <kbd>Esc</kbd>
        </button>
        <button type="submit" className="primary">
          {t('common.save')} <kbd>Enter</kbd>
        </button>
      </div>
    </form>
  );
}
