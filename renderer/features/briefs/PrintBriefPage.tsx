// The brief's print page (#/print/brief/:id): A4, page numbers, charts drawn before printing; Electron prints it to PDF, the browser prints it.
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { notify } from '../../app/notices';
import { briefsRepo } from '../../db/repositories';
import { platform } from '../../platform/platform';
import { BriefDocument } from './BriefDocument';

export function PrintBriefPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const content = useLiveQuery(() => briefsRepo.content(id), [id]);

  // Ready to print once the content is drawn and every font has loaded: printers wait for data-print-ready.
  useEffect(() => {
    if (!content) return;
    let alive = true;
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (alive) document.body.dataset.printReady = 'true';
      }),
    );
    return () => {
      alive = false;
      delete document.body.dataset.printReady;
    };
  }, [content]);

  if (!content) return <div className="loading">{t('common.loading')}</div>;
  return (
    <div className="print-page">
      <nav className="no-print print-actions">
        <Link to={`/briefs/${id}`}>← {t('briefs.back')}</Link>
        <button
          className="primary"
          onClick={() =>
            void platform
              .printBrief(id, `${content.brief.title || 'brief'}.pdf`)
              .then((where) => where && notify(t('briefs.exported', { file: where })))
              .catch((e) => notify(String(e), 'error'))
          }
        >
          {t('briefs.printNow')}
        </button>
      </nav>
      <BriefDocument content={content} />
    </div>
  );
}
