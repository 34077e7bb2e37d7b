// The toolbar over the text: one button per type with its digit, undo and redo, and what is selected.
import { useTranslation } from 'react-i18next';
import { ANNOTATION_TYPES, type AnnotationType } from '../../../shared/model/annotation';
import { useHistory } from './app-history';
import { TYPE_STYLE } from './type-styles';

export function AnnotationToolbar({ canMark, onMark, children }: { canMark: boolean; onMark(type: AnnotationType): void; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const history = useHistory();
  return (
    <div className="toolbar annotate-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {ANNOTATION_TYPES.map((type, i) => (
        <button
          key={type}
          className="type-button"
          disabled={!canMark}
          onClick={() => onMark(type)}
          title={t('toolbar.markAs', { type: t(`types.${type}`), key: i + 1 })}
          style={{ '--ann-color': TYPE_STYLE[type].color } as React.CSSProperties}
        >
          <span className="type-badge" style={{ background: TYPE_STYLE[type].color }}>
            {TYPE_STYLE[type].letter}
          </span>
          {t(`types.${type}`)} <kbd>{i + 1}</kbd>
        </button>
      ))}
      <span className="spacer" />
      <button disabled={!history.canUndo} onClick={() => void history.undo()} title={`${t('toolbar.undo')} (Ctrl+Z)`}>
        ↶ {t('toolbar.undo')}
      </button>
      <button disabled={!history.canRedo} onClick={() => void history.redo()} title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}>
        ↷ {t('toolbar.redo')}
      </button>
      {children}
    </div>
  );
}
