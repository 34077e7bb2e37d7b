// The window frame: navigation, a drop target for files anywhere, global undo/redo keys, and the status bar.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { history } from '../features/annotate/app-history';
import { useImport } from '../features/library/import-context';
import { useWorkspaceActions } from '../features/settings/use-workspace-actions';
import { pendingFromDrop } from '../platform/dropped-files';
import { platform } from '../platform/platform';
import { searchClient } from '../features/search/search-client';
import { StatusBar } from './StatusBar';

/** True when the key goes to a text field, where Ctrl+Z and digits belong to the field. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { importPending, pickAndImport } = useImport();
  const { backup, restore } = useWorkspaceActions();

  // The application menu (Electron) asks for these; the renderer owns the workspace, so it carries them out.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'import-files') void pickAndImport('files');
        else if (command === 'import-folder') void pickAndImport('folder');
        else if (command === 'backup') void backup();
        else if (command === 'restore') void restore();
      }),
    [pickAndImport, backup, restore],
  );
  const [dragging, setDragging] = useState(false);
  // The search index loads in its worker soon after start, so the first Ctrl+K finds it ready.
  useEffect(() => {
    const timer = setTimeout(() => searchClient.warmUp(), 1500);
    return () => clearTimeout(timer);
  }, []);
  const navigate = useNavigate();
  const { pathname } = useLocation();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      // Ctrl+K: the search box, from anywhere (also from another field).
      if (key === 'k' && !e.shiftKey && !e.altKey) {
        e.preventDefault();
        if (pathname === '/search') window.dispatchEvent(new Event('workbench:focus-search'));
        else navigate('/search');
        return;
      }
      if (isTypingTarget(e.target)) return;
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void history.undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void history.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pathname]);

  const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

  return (
    <div
      className="shell"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        void pendingFromDrop(e.dataTransfer).then(({ pending, skipped }) => importPending(pending, skipped));
      }}
    >
      <nav className="nav" aria-label={t('nav.label')}>
        <div className="brand" title="Analyst Workbench">AW</div>
        <NavLink to="/" end>
          {t('nav.library')}
        </NavLink>
        <NavLink to="/search">{t('nav.search')}</NavLink>
        <NavLink to="/entities">{t('nav.entities')}</NavLink>
        <NavLink to="/figures">{t('nav.figures')}</NavLink>
        <NavLink to="/charts">{t('nav.charts')}</NavLink>
        <NavLink to="/briefs">{t('nav.briefs')}</NavLink>
        <NavLink to="/settings">{t('nav.settings')}</NavLink>
      </nav>
      <main className="main">{children}</main>
      <StatusBar />
      {dragging && (
        <div className="drop-overlay" aria-live="polite">
          {t('import.dropHere')}
        </div>
      )}
    </div>
  );
}
