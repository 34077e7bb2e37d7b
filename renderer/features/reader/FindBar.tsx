// Find in the open document (Ctrl+F): every occurrence counted, Enter / Shift+Enter step through them, each selected and scrolled to.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../shared/search/search-tokens';
import { findAll, type Span } from '../../../shared/text/find-in-text';

interface Props {
  text: string;
  /** Selects a match and scrolls to it (the reader draws long documents as they scroll, so the browser's own find misses text). */
  onShow: (span: Span) => void;
  onClose: () => void;
}

export function FindBar({ text, onShow, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const folded = useMemo(() => foldText(text), [text]);
  const matches = useMemo(() => findAll(text, query, folded), [text, query, folded]);

  useEffect(() => {
    input.current?.focus();
    const refocus = () => {
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('workbench:find', refocus);
    return () => window.removeEventListener('workbench:find', refocus);
  }, []);
  useEffect(() => {
    setIndex(0);
    if (matches.length > 0) onShow(matches[0]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [matches]);

  const step = (by: number) => {
    if (matches.length === 0) return;
    const next = (index + by + matches.length) % matches.length;
    setIndex(next);
    onShow(matches[next]);
  };

  return (
    <div className="find-bar" role="search">
      <input
        ref={input}
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.label')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {query.trim() === '' ? '' : matches.length === 0 ? t('find.none') : t('find.count', { at: index + 1, count: matches.length })}
      </span>
      <button onClick={() => step(-1)} disabled={matches.length === 0} aria-label={t('find.previous')} title={t('find.previous')}>
        ↑
      </button>
      <button onClick={() => step(1)} disabled={matches.length === 0} aria-label={t('find.next')} title={t('find.next')}>
        ↓
      </button>
      <button onClick={onClose} aria-label={t('find.close')} title={t('find.close')}>
        ×
      </button>
    </div>
  );
}
