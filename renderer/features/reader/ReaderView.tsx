// Reading one document: the text with highlights on one side, the annotation panel on the other; marking, keys, undo.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ANNOTATION_TYPES, type AnnotationType, type ExtractedAnnotation } from '../../../shared/model/annotation';
import type { AnnotationRecord } from '../../../shared/model/records';
import { isTypingTarget } from '../../app/Shell';
import { formatDate } from '../../app/format-date';
import { notify } from '../../app/notices';
import { annotationsRepo, briefsRepo, db, documentsRepo, settingsRepo } from '../../db/repositories';

const PANEL_SETTING = 'layout.panelOpen';
import { newAnnotation, needsForm, parseSpan } from '../annotate/annotation-factory';
import { extractAll } from '../../../shared/extract/extract';
import { toWebAnnotations } from '../../../shared/export/web-annotation';
import { addAnnotations, addSuggestions, deleteAnnotations, setStatus, updateAnnotations } from '../annotate/annotation-commands';
import { newSuggestions } from '../annotate/reextract';
import { history } from '../annotate/app-history';
import { AnnotationToolbar } from '../annotate/AnnotationToolbar';
import { FigureForm } from '../annotate/FigureForm';
import { AnnotationPanel, type PanelActions } from './AnnotationPanel';
import { FactsPanel } from './FactsPanel';
import { TextPane } from './TextPane';
import { TagEditor } from '../library/TagEditor';
import { FindBar } from './FindBar';
import { platform } from '../../platform/platform';

export function ReaderView() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const doc = useLiveQuery(() => documentsRepo.getWithText(id), [id], null);
  const stored = useLiveQuery(() => annotationsRepo.forDocument(id), [id], []);
  const knownTags = useLiveQuery(() => documentsRepo.allTags(), [], []);
  // A new mark shows at once, before the database answers; it leaves this list when the stored list has it.
  const [optimistic, setOptimistic] = useState<AnnotationRecord[]>([]);
  const annotations = useMemo(() => {
    if (optimistic.length === 0) return stored;
    const ids = new Set(stored.map((a) => a.id));
    return [...stored, ...optimistic.filter((o) => !ids.has(o.id))].sort((a, b) => a.start - b.start || b.end - a.end);
  }, [stored, optimistic]);
  useEffect(() => {
    if (optimistic.length === 0) return;
    const ids = new Set(stored.map((a) => a.id));
    if (optimistic.some((o) => ids.has(o.id))) setOptimistic((list) => list.filter((o) => !ids.has(o.id)));
  }, [stored, optimistic]);
  // An undo or redo makes the database the only word again.
  useEffect(() => history.subscribe((event) => event !== 'run' && setOptimistic([])), []);
  const otherDoc = useLiveQuery(() => db.documents.filter((d) => d.id !== id).first(), [id]);
  const [pending, setPending] = useState<{ start: number; end: number }>();
  const [draft, setDraft] = useState<ExtractedAnnotation>();
  const [focusedId, setFocusedId] = useState<string>();
  const paneRef = useRef<HTMLDivElement>(null);
  const [params] = useSearchParams();
  const jumpTo = params.get('ann');

  const shown = useMemo(() => annotations.filter((a) => a.status !== 'rejected'), [annotations]);
  const suggestions = useMemo(() => shown.filter((a) => a.status === 'suggested'), [shown]);

  const focus = useCallback(
    (annId: string) => {
      setFocusedId(annId);
      const a = annotations.find((x) => x.id === annId);
      // A long document draws its paragraphs as they come into view: wait a few frames for the focused one.
      let tries = 0;
      const scroll = () => {
        const run = a && paneRef.current?.querySelector(`[data-o="${a.start}"]`);
        if (run) run.scrollIntoView({ block: 'center', behavior: 'smooth' });
        else if (a && tries++ < 20) requestAnimationFrame(scroll);
        document.querySelector(`[data-ann-item="${annId}"]`)?.scrollIntoView({ block: 'nearest' });
      };
      scroll();
    },
    [annotations],
  );

  const save = useCallback(
    (span: ExtractedAnnotation) => {
      setPending(undefined);
      setDraft(undefined);
      // Marking what a suggestion already says accepts it (with the form's values) rather than adding a twin.
      const same = annotations.find((a) => a.type === span.type && a.start === span.start && a.end === span.end);
      if (same) {
        if (same.status === 'suggested' || same.status === 'rejected') {
          const after = { ...same, ...span, status: 'accepted', updatedAt: new Date().toISOString() } as AnnotationRecord;
          void history.run(updateAnnotations(annotationsRepo, [same], [after], 'history.accept'));
        }
        setFocusedId(same.id);
        return;
      }
      const record = newAnnotation(id, span);
      setOptimistic((list) => [...list, record]);
      void history.run(addAnnotations(annotationsRepo, [record]));
      setFocusedId(record.id);
    },
    [id, annotations],
  );

  const mark = useCallback(
    (type: AnnotationType) => {
      if (!pending || !doc) return;
      const span = parseSpan(type, doc.text.slice(pending.start, pending.end), pending.start, doc.date);
      if (needsForm(type)) setDraft(span);
      else save(span);
    },
    [pending, doc, save],
  );

  const [reextracted, setReextracted] = useState<number>();
  const [error, setError] = useState<string>();
  const [tab, setTab] = useState<'annotations' | 'facts'>('annotations');
  // The side panel's state is remembered across sessions.
  const panelOpen = useLiveQuery(() => settingsRepo.get(PANEL_SETTING, true), [], true);
  const reextract = useCallback(() => {
    if (!doc) return;
    const fresh = newSuggestions(annotations, extractAll(doc.text, { documentDate: doc.date }));
    setReextracted(fresh.length);
    if (fresh.length > 0) void history.run(addSuggestions(annotationsRepo, doc.id, fresh));
  }, [doc, annotations]);

  const exportAnnotations = async () => {
    if (!doc) return;
    const json = JSON.stringify(toWebAnnotations(doc, doc.text, annotations), null, 2);
    const where = await platform.saveFile(`${doc.fileName.replace(/\.[^.]+$/, '')}.annotations.jsonld`, new TextEncoder().encode(json));
    if (where) notify(t('reader.exportedAnnotations', { file: where }));
  };

  const addExcerpt = async () => {
    if (!pending) return;
    const { after } = await briefsRepo.addToCurrent({ id: crypto.randomUUID(), kind: 'excerpt', docId: id, ...pending }, t('briefs.untitled'));
    setPending(undefined);
    notify(t('briefs.added', { title: after.title }));
  };

  // One actions object for the life of the view (the panel's items compare it by identity); focus is read through a ref.
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const actions: PanelActions = useMemo(
    () => ({
      focus: (annId) => focusRef.current(annId),
      accept: (records) => void history.run(setStatus(annotationsRepo, records, 'accepted')),
      reject: (records) => void history.run(setStatus(annotationsRepo, records, 'rejected')),
      remove: (record) => void history.run(deleteAnnotations(annotationsRepo, [record])),
      edit: (before, after) => void history.run(updateAnnotations(annotationsRepo, [before], [after])),
    }),
    [],
  );

  // Opened from a search result (…?at=START-END): the match is selected (ready to mark) and scrolled to.
  // A span of the text selected (ready to mark) and scrolled to: a search result, a match of Find.
  const showSpan = useCallback((span: { start: number; end: number }) => {
    setPending(span);
    let tries = 0;
    const scroll = () => {
      const run = paneRef.current?.querySelector(`[data-o="${span.start}"]`);
      if (run) run.scrollIntoView({ block: 'center' });
      else if (tries++ < 30) requestAnimationFrame(scroll);
    };
    requestAnimationFrame(scroll);
  }, []);
  const at = params.get('at');
  useEffect(() => {
    const m = at && doc ? /^(\d+)-(\d+)$/.exec(at) : null;
    if (!m || !doc) return;
    const span = { start: Number(m[1]), end: Number(m[2]) };
    if (span.end > doc.text.length || span.start >= span.end) return;
    showSpan(span);
  }, [doc?.id, at]); // eslint-disable-line react-hooks/exhaustive-deps

  // Ctrl+F: the reader's own find (long documents are drawn as they scroll, so the browser's find would miss text).
  const [findOpen, setFindOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        if (findOpen) window.dispatchEvent(new Event('workbench:find'));
        else setFindOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [findOpen]);

  // Opened from the figures table (…?ann=ID): show that annotation once the text is there.
  useEffect(() => {
    if (doc && jumpTo && annotations.some((a) => a.id === jumpTo)) focus(jumpTo);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc?.id, jumpTo, annotations.length > 0]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (draft || isTypingTarget(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const focused = shown.find((a) => a.id === focusedId);
      const digit = Number(e.key);
      if (Number.isInteger(digit) && digit >= 1 && digit <= 9 && pending) {
        e.preventDefault();
        mark(ANNOTATION_TYPES[digit - 1]);
      } else if (e.key === 'Tab' && suggestions.length > 0) {
        e.preventDefault();
        const at = focused ? focused.start : e.shiftKey ? Infinity : -Infinity;
        const next = e.shiftKey ? [...suggestions].reverse().find((a) => a.start < at) ?? suggestions.at(-1) : suggestions.find((a) => a.start > at) ?? suggestions[0];
        if (next) focus(next.id);
      } else if (e.key === 'Enter' && focused?.status === 'suggested') {
        e.preventDefault();
        actions.accept([focused]);
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && focused) {
        e.preventDefault();
        if (focused.status === 'suggested') actions.reject([focused]);
        else actions.remove(focused);
      } else if (e.key.toLowerCase() === 'a' && focused) {
        e.preventDefault();
        actions.accept(suggestions.filter((a) => a.type === focused.type));
      } else if (e.key === 'Escape') {
        setPending(undefined);
        setFocusedId(undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draft, shown, suggestions, focusedId, pending, mark, focus, actions]);

  if (doc === null) return <div className="loading">{t('common.loading')}</div>;
  if (!doc) {
    return (
      <div className="empty-state">
        <p>{t('reader.notFound')}</p>
        <Link to="/">{t('nav.library')}</Link>
      </div>
    );
  }

  return (
    <div className="reader">
      <AnnotationToolbar canMark={!!pending} onMark={mark}>
        <button disabled={!pending} onClick={() => void addExcerpt()} title={t('briefs.addExcerptHint')}>
          {t('briefs.addExcerpt')}
        </button>
        <button onClick={() => void exportAnnotations()} title={t('reader.exportAnnotationsHint')}>
          {t('reader.exportAnnotations')}
        </button>
        <button onClick={reextract} title={t('reader.reextractHint')}>
          {t('reader.reextract')}
        </button>
        <button aria-pressed={panelOpen} onClick={() => void settingsRepo.set(PANEL_SETTING, !panelOpen)}>
          {panelOpen ? t('reader.hidePanel') : t('reader.showPanel')}
        </button>
        {otherDoc && (
          <Link className="button" to={`/compare/${doc.id}/${otherDoc.id}`}>
            {t('reader.compare')}
          </Link>
        )}
      </AnnotationToolbar>
      {findOpen && <FindBar text={doc.text} onShow={showSpan} onClose={() => setFindOpen(false)} />}
      <div className={`reader-body ${panelOpen ? '' : 'panel-closed'}`}>
        <div className="reader-text" ref={paneRef}>
          <header className="doc-header">
            <h1>{doc.title}</h1>
            <div className="doc-meta">
              {doc.date && <span>{formatDate(doc.date, i18n.language)}</span>}
              {doc.sourceUrl && (
                <a href={doc.sourceUrl} target="_blank" rel="noreferrer noopener">
                  {doc.sourceUrl}
                </a>
              )}
              <span className="file-name">{doc.fileName}</span>
              {doc.original && (
                <button className="link" onClick={() => void platform.openOriginal(doc.original!).catch((e) => setError(String(e)))}>
                  {t('reader.openOriginal')}
                </button>
              )}
            </div>
            <TagEditor docId={doc.id} tags={doc.tags ?? []} known={knownTags} />
            {doc.warnings && doc.warnings.length > 0 && (
              <p className="warning" role="note">
                {t('import.warning')} {doc.warnings.join('; ')}
              </p>
            )}
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
            {reextracted !== undefined && (
              <p className="hint" role="status">
                {t('reader.reextracted', { count: reextracted })}
              </p>
            )}
            <p className="hint">{pending ? t('reader.pendingHint', { quote: doc.text.slice(pending.start, pending.end) }) : t('reader.selectHint')}</p>
          </header>
          {draft && <FigureForm initial={draft} onSave={save} onCancel={() => setDraft(undefined)} />}
          <TextPane
            label={t('reader.text')}
            text={doc.text}
            annotations={shown}
            pending={pending}
            focusedId={focusedId}
            onSelectSpan={(span) => {
              setPending(span);
              setDraft(undefined);
            }}
            onFocusAnnotation={focus}
          />
        </div>
        {panelOpen && (
          <div className="side">
            <div className="tabs" role="tablist">
              <button role="tab" aria-selected={tab === 'annotations'} onClick={() => setTab('annotations')}>
                {t('panel.title')}
              </button>
              <button role="tab" aria-selected={tab === 'facts'} onClick={() => setTab('facts')}>
                {t('facts.title')}
              </button>
            </div>
            {tab === 'annotations' ? (
              <AnnotationPanel annotations={annotations as AnnotationRecord[]} focusedId={focusedId} actions={actions} />
            ) : (
              <FactsPanel docId={doc.id} text={doc.text} annotations={annotations} onFocus={focus} />
            )}
          </div>
        )}
      </div>
    </div>
  );
}
