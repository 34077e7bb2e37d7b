// The list of briefs, and a new one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '../../app/format-date';
import { briefsRepo } from '../../db/repositories';

export function BriefsView() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const briefs = useLiveQuery(() => briefsRepo.list(), [], []);
  return (
    <div className="briefs">
      <header className="toolbar">
        <h1>{t('briefs.title')}</h1>
        <button className="primary" onClick={() => void briefsRepo.create(t('briefs.untitled')).then((b) => navigate(`/briefs/${b.id}`))}>
          {t('briefs.new')}
        </button>
      </header>
      {briefs.length === 0 ? (
        <div className="empty-state">
          <p>{t('briefs.empty')}</p>
        </div>
      ) : (
        <ul className="brief-list">
          {briefs.map((b) => (
            <li key={b.id}>
              <Link to={`/briefs/${b.id}`} className="doc-title">
                {b.title}
              </Link>{' '}
              <span className="muted">
                {formatDate(b.updatedAt.slice(0, 10), i18n.language)} · {t('briefs.itemCount', { count: b.items.length })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
