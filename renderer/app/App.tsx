// Routes of the workbench: the print page stands alone (what prints is only the brief); everything else sits in the shell.
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { BriefEditor } from '../features/briefs/BriefEditor';
import { BriefsView } from '../features/briefs/BriefsView';
import { PrintBriefPage } from '../features/briefs/PrintBriefPage';
import { EntitiesView } from '../features/entities/EntitiesView';
import { EntityPage } from '../features/entities/EntityPage';
import { SearchView } from '../features/search/SearchView';
import { ChartsView } from '../features/charts/ChartsView';
import { FiguresView } from '../features/figures/FiguresView';
import { ImportProvider } from '../features/library/import-context';
import { LibraryView } from '../features/library/LibraryView';
import { CompareView } from '../features/reader/CompareView';
import { ReaderView } from '../features/reader/ReaderView';
import { SettingsView } from '../features/settings/SettingsView';
import { Shell } from './Shell';

function Workbench() {
  return (
    <ImportProvider>
      <Shell>
        <Routes>
          <Route path="/" element={<LibraryView />} />
          <Route path="/doc/:id" element={<ReaderView />} />
          <Route path="/compare/:left/:right" element={<CompareView />} />
          <Route path="/search" element={<SearchView />} />
          <Route path="/entities" element={<EntitiesView />} />
          <Route path="/entities/:id" element={<EntityPage />} />
          <Route path="/figures" element={<FiguresView />} />
          <Route path="/charts" element={<ChartsView />} />
          <Route path="/briefs" element={<BriefsView />} />
          <Route path="/briefs/:id" element={<BriefEditor />} />
          <Route path="/settings" element={<SettingsView />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Shell>
    </ImportProvider>
  );
}

export function App() {
  return (
    <HashRouter>
      <Routes>
        <Route path="/print/brief/:id" element={<PrintBriefPage />} />
        <Route path="/*" element={<Workbench />} />
      </Routes>
    </HashRouter>
  );
}
