// Routes of the workbench inside its shell (hash routes, so app:// and the web edition share them).
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ChartsView } from '../features/charts/ChartsView';
import { FiguresView } from '../features/figures/FiguresView';
import { LibraryView } from '../features/library/LibraryView';
import { CompareView } from '../features/reader/CompareView';
import { ReaderView } from '../features/reader/ReaderView';
import { SettingsView } from '../features/settings/SettingsView';
import { ImportProvider } from '../features/library/import-context';
import { Shell } from './Shell';

export function App() {
  return (
    <HashRouter>
      <ImportProvider>
        <Shell>
          <Routes>
            <Route path="/" element={<LibraryView />} />
            <Route path="/doc/:id" element={<ReaderView />} />
            <Route path="/compare/:left/:right" element={<CompareView />} />
            <Route path="/figures" element={<FiguresView />} />
            <Route path="/charts" element={<ChartsView />} />
            <Route path="/settings" element={<SettingsView />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Shell>
      </ImportProvider>
    </HashRouter>
  );
}
