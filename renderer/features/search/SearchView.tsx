// Search across the library: one box (Ctrl+K), filters by entity, type, tag and date, results with the matching passages highlighted.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ANNOTATION_TYPES, type AnnotationType } from '../../../shared/model/annotation';
import { formatDate } from '../../app/format-date';
import { documentsRepo, entitiesRepo } from '../../db/repositories';
import { EntityPicker } from './EntityPicker';
import { searchClient, type SearchResponse } from './search-client';
import type { IndexStatus, ResultPassage, SearchFilters } from './search-protocol';

const PAGE = 20;
/** Typing waits this long for the next key before it searches. */
const DEBOUNCE_MS = 120;
const FILTER_KEYS = ['entity', 'type', 'tag', 'from', 'to'] as const;
/** Parameters of the address the view keeps its state in, besides the words. */
type ParamKey = (typeof FILTER_KEYS)[number] | 'order';

function filtersOf(params: URLSearchParams): SearchFilters {
  return {
    entityId: params.get('entity') || undefined,
    type: (params.get('type') as AnnotationType | null) || undefined,
    tag: params.get('tag') || undefined,
    dateFrom: params.get('from') || undefined,
    dateTo: params.get('to') || undefined,
    order: params.get('order') === 'newest' ? 'newest' : undefined,
  };
}

function Passage({ docId, p }: { docId: string; p: ResultPassage }) {
  const parts: React.ReactNode[] = [];
  let at = p.start;
  p.highlights.forEach((h, i) => {
    if (h.start > at) parts.push(p.text.slice(at - p.start, h.start - p.start));
    parts.push(<mark key={i}>{p.text.slice(h.start - p.start, h.end - p.start)}</mark>);
    at = h.end;
  });
  if (at < p.end) parts.push(p.text.slice(at - p.start));
  const first = p.highlights[0];
  const target = first ? `/doc/${docId}?at=${first.start}-${first.end}` : `/doc/${docId}`;
  return (
    <Link className="search-passage" to={target}>
      {p.start > 0 && '… '}
      {parts}
      {' …'}
    </Link>
  );
}

export function SearchView() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const filters = useMemo(() => filtersOf(params), [params]);
  const [answer, setAnswer] = useState<SearchResponse & { forKey: string }>();
  const [more, setMore] = useState<SearchResponse['items']>([]);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<IndexStatus | undefined>(searchClient.status());
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const entities = useLiveQuery(() => entitiesRepo.byName(), [], []);
  const tags = useLiveQuery(() => documentsRepo.allTags(), [], []);

  useEffect(() => {
    searchClient.warmUp();
    return searchClient.onStatus(setStatus);
  }, []);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, []);
  // Ctrl+K while already here: back to the box.
  useEffect(() => {
    const onFocus = () => {
      box.current?.focus();
      box.current?.select();
    };
    window.addEventListener('workbench:focus-search', onFocus);
    return () => window.removeEventListener('workbench:focus-search', onFocus);
  }, []);

  // The box writes the query into the address (so Back returns to these results) a moment after typing stops.
  useEffect(() => {
    if (typed === query) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      if (typed.trim()) next.set('q', typed);
      else next.delete('q');
      setParams(next, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, query, params, setParams]);

  const key = JSON.stringify([query, filters]);
  const hasFilter = FILTER_KEYS.some((k) => params.get(k));
  const ready = status?.state === 'ready';
  useEffect(() => {
    let live = true;
    setMore([]);
    if (!query.trim() && !hasFilter) {
      setAnswer(undefined);
      return;
    }
    searchClient.search(query, filters, 0, PAGE).then(
      (r) => live && (setAnswer({ ...r, forKey: key }), setError(undefined)),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
    // Results come again when the index finishes, so a search typed while it loads is complete in the end.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ready]);

  const setFilter = (name: ParamKey, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const loadMore = async () => {
    if (!answer) return;
    const r = await searchClient.search(query, filters, answer.items.length + more.length, PAGE);
    setMore((m) => [...m, ...r.items]);
  };

  const items = answer ? [...answer.items, ...more] : [];
  const indexing = status && status.state !== 'ready';

  return (
    <div className="search-view">
      <header className="toolbar search-toolbar">
        <h1>{t('search.title')}</h1>
        <input
          ref={box}
          id="search-box"
          type="search"
          className="search-box"
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              list.current?.querySelector<HTMLElement>('a')?.focus();
            } else if (e.key === 'Enter') {
              const next = new URLSearchParams(params);
              if (typed.trim()) next.set('q', typed);
              else next.delete('q');
              setParams(next, { replace: true });
            }
          }}
        />
      </header>
      <div className="toolbar search-filters" role="group" aria-label={t('search.filters')}>
        <label>
          {t('search.entity')} <EntityPicker entities={entities} value={filters.entityId} onChange={(id) => setFilter('entity', id)} />
        </label>
        <label>
          {t('search.type')}{' '}
          <select value={filters.type ?? ''} onChange={(e) => setFilter('type', e.target.value)}>
            <option value="">{t('search.any')}</option>
            {ANNOTATION_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`types.${ty}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('search.tag')}{' '}
          <select value={filters.tag ?? ''} onChange={(e) => setFilter('tag', e.target.value)}>
            <option value="">{t('search.any')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('search.from')} <input type="date" value={filters.dateFrom ?? ''} onChange={(e) => setFilter('from', e.target.value)} />
        </label>
        <label>
          {t('search.to')} <input type="date" value={filters.dateTo ?? ''} onChange={(e) => setFilter('to', e.target.value)} />
        </label>
        {hasFilter && (
          <button
            onClick={() => {
              const next = new URLSearchParams(params);
              for (const k of FILTER_KEYS) next.delete(k);
              setParams(next, { replace: true });
            }}
          >
            {t('search.clearFilters')}
          </button>
        )}
      </div>
      <div className="search-status" role="status" data-for={answer?.forKey} data-took-ms={answer?.tookMs.toFixed(2)} data-phases={answer && JSON.stringify(answer.phases)} data-index-state={status?.state} data-indexed={status?.indexed}>
        {indexing && (
          <span className="search-indexing">
            {status.total === 0
              ? t('status.indexLoading')
              : t(status.state === 'loading' ? 'search.loadingIndex' : 'search.indexing', { indexed: status.indexed, total: status.total })}{' '}
            <progress max={Math.max(1, status.total)} value={status.indexed} />
          </span>
        )}
        {error && <span className="error">{t('search.failed', { reason: error })}</span>}
        {answer && !error && answer.total > 1 && (
          <label className="search-order">
            {t('search.order')}{' '}
            <select value={filters.order ?? 'relevance'} onChange={(e) => setFilter('order', e.target.value === 'newest' ? 'newest' : '')}>
              <option value="relevance">{t('search.relevance')}</option>
              <option value="newest">{t('search.newest')}</option>
            </select>
          </label>
        )}
        {answer && !error && (
          <span className="search-count">{t('search.count', { count: answer.total, ms: Math.max(1, Math.round(answer.tookMs)) })}</span>
        )}
      </div>
      {!answer && !error && (
        <div className="empty-state">
          <p>{t('search.help')}</p>
          <ul className="search-tips">
            <li>{t('search.tipWords')}</li>
            <li>{t('search.tipPhrase')}</li>
            <li>{t('search.tipFilters')}</li>
            <li>{t('search.tipKeys')}</li>
          </ul>
        </div>
      )}
      {answer && answer.total === 0 && <p className="empty-state">{t('search.none')}</p>}
      <ol
        className="search-results"
        ref={list}
        onKeyDown={(e) => {
          // Arrow keys walk the titles and passages; Escape goes back to the box.
          const links = Array.from(list.current?.querySelectorAll<HTMLElement>('a') ?? []);
          const at = links.indexOf(document.activeElement as HTMLElement);
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
            if (next < 0) box.current?.focus();
            else links[Math.min(next, links.length - 1)]?.focus();
          } else if (e.key === 'Escape') box.current?.focus();
        }}
      >
        {items.map((item) => (
          <li key={item.docId} className="search-result">
            <div className="search-result-head">
              <Link to={`/doc/${item.docId}`} className="search-title">
                {item.title}
              </Link>
              {item.date && <span className="search-date">{formatDate(item.date, i18n.language)}</span>}
              {item.matches > 0 && <span className="search-matches">{t('search.matches', { count: item.matches })}</span>}
            </div>
            {item.passages.map((p) => (
              <Passage key={p.start} docId={item.docId} p={p} />
            ))}
          </li>
        ))}
      </ol>
      {answer && items.length < answer.total && (
        <button className="search-more" onClick={() => void loadMore()}>
          {t('search.more', { shown: items.length, total: answer.total })}
        </button>
      )}
    </div>
  );
}
