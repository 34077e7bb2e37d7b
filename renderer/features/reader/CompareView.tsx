// Two documents side by side, each with its own highlights; scrolling is independent unless linked.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { annotationsRepo, db, documentsRepo } from '../../db/repositories';
import { TextPane } from './TextPane';

function Side({ docId, paneRef, onScroll }: { docId: string; paneRef: React.RefObject<HTMLDivElement | null>; onScroll(): void }) {
  const { t } = useTranslation();
  const doc = useLiveQuery(() => documentsRepo.getWithText(docId), [docId]);
  const annotations = useLiveQuery(() => annotationsRepo.forDocument(docId), [docId], []);
  return (
    <div className="compare-side" ref={paneRef} onScroll={onScroll}>
      {doc ? (
        <>
          <h2>{doc.title}</h2>
          <TextPane label={t('reader.text')} text={doc.text} annotations={annotations.filter((a) => a.status !== 'rejected')} />
        </>
      ) : (
        <p>{t('reader.notFound')}</p>
      )}
    </div>
  );
}

export function CompareView() {
  const { left = '', right = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const docs = useLiveQuery(() => db.documents.toArray(), [], []);
  const [linked, setLinked] = useState(false);
  const leftRef = useRef<HTMLDivElement>(null);
  const rightRef = useRef<HTMLDivElement>(null);
  const syncing = useRef(false);

  const follow = (from: React.RefObject<HTMLDivElement | null>, to: React.RefObject<HTMLDivElement | null>) => () => {
    if (!linked || syncing.current || !from.current || !to.current) return;
    syncing.current = true;
    const ratio = from.current.scrollTop / Math.max(1, from.current.scrollHeight - from.current.clientHeight);
    to.current.scrollTop = ratio * (to.current.scrollHeight - to.current.clientHeight);
    requestAnimationFrame(() => (syncing.current = false));
  };

  const picker = (value: string, onChange: (v: string) => void, label: string) => (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {docs.map((d) => (
        <option key={d.id} value={d.id}>
          {d.title}
        </option>
      ))}
    </select>
  );

  return (
    <div className="compare">
      <div className="toolbar">
        {picker(left, (v) => navigate(`/compare/${v}/${right}`), t('compare.left'))}
        {picker(right, (v) => navigate(`/compare/${left}/${v}`), t('compare.right'))}
        <label>
          <input type="checkbox" checked={linked} onChange={(e) => setLinked(e.target.checked)} /> {t('compare.linkScroll')}
        </label>
      </div>
      <div className="compare-body">
        <Side docId={left} paneRef={leftRef} onScroll={follow(leftRef, rightRef)} />
        <Side docId={right} paneRef={rightRef} onScroll={follow(rightRef, leftRef)} />
      </div>
    </div>
  );
}
