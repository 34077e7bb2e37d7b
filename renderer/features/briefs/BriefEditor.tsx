// Composing a brief: title, author, summary; evidence items reordered or removed; the preview is exactly what prints.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { BriefItem, BriefRecord } from '../../../shared/model/records';
import { notify } from '../../app/notices';
import { briefsRepo } from '../../db/repositories';
import { platform } from '../../platform/platform';
import { BriefDocument } from './BriefDocument';
import { briefHtml } from './brief-html';

export function BriefEditor() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const content = useLiveQuery(() => briefsRepo.content(id), [id]);
  if (!content) return <div className="loading">{t('common.loading')}</div>;
  const brief = content.brief;
  // Every change is applied to the stored brief, never to this render's copy (see BriefsRepo.update).
  const save = (change: (b: BriefRecord) => Partial<BriefRecord>) => void briefsRepo.update(brief.id, change);
  const add = (item: Omit<BriefItem, 'id'>) => save((b) => ({ items: [...b.items, { ...item, id: crypto.randomUUID() } as BriefItem] }));
  const move = (itemId: string, by: -1 | 1) =>
    save((b) => {
      const items = [...b.items];
      const i = items.findIndex((x) => x.id === itemId);
      const j = i + by;
      if (i >= 0 && j >= 0 && j < items.length) [items[i], items[j]] = [items[j], items[i]];
      return { items };
    });
  const exportHtml = async () => {
    const article = document.querySelector('.brief-document');
    if (!article) return;
    const where = await platform.saveFile(`${brief.title || 'brief'}.html`, new TextEncoder().encode(briefHtml(brief.title, article.outerHTML)));
    if (where) notify(t('briefs.exported', { file: where }));
  };

  return (
    <div className="brief-editor">
      <header className="toolbar">
        {/* Uncontrolled fields: what the analyst types is never reset by the database catching up. */}
        <input key={`title-${brief.id}`} className="brief-title-input" aria-label={t('briefs.titleLabel')} defaultValue={brief.title} onChange={(e) => save(() => ({ title: e.target.value }))} />
        <input key={`author-${brief.id}`} aria-label={t('briefs.author')} placeholder={t('briefs.author')} defaultValue={brief.author ?? ''} onChange={(e) => save(() => ({ author: e.target.value || undefined }))} />
        <button onClick={() => add({ kind: 'figures' })}>{t('briefs.addFigures')}</button>
        <button onClick={() => add({ kind: 'entities' })}>{t('briefs.addEntities')}</button>
        <span className="spacer" />
        <button onClick={() => navigate(`/print/brief/${brief.id}`)}>{t('briefs.print')}</button>
        <button onClick={() => void exportHtml()}>{t('briefs.exportHtml')}</button>
      </header>
      <div className="brief-body">
        <label className="brief-summary-input">
          {t('briefs.summary')}
          <textarea key={`summary-${brief.id}`} defaultValue={brief.summary} onChange={(e) => save(() => ({ summary: e.target.value }))} rows={4} />
        </label>
        {brief.items.length === 0 && <p className="muted">{t('briefs.howToAdd')}</p>}
        <div className="a4-preview">
          <BriefDocument content={content} onMove={move} onRemove={(itemId) => save((b) => ({ items: b.items.filter((x) => x.id !== itemId) }))} />
        </div>
      </div>
    </div>
  );
}
