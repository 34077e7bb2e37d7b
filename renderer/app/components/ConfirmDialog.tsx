// A modal yes/no question (delete and the like): Enter or the button confirms, Escape cancels.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmDialog(props: { message: string; confirmLabel: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="modal-backdrop" onClick={props.onCancel}>
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-label={props.message}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onCancel();
        }}
      >
        <p>{props.message}</p>
        <div className="modal-actions">
          <button onClick={props.onCancel}>{t('common.cancel')}</button>
          <button ref={confirmRef} className="danger" onClick={props.onConfirm}>
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
