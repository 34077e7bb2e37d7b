// Import state shared by the drop target, the Import button, the sample button and the status bar.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ImportSource } from '../../../shared/import/import-file';
import { documentsRepo } from '../../db/repositories';
import { platform } from '../../platform/platform';
import { runImport, type FileResult, type ImportProgress } from './import-runner';
import sampleText from '../../../resources/samples/sample-article.txt?raw';

export const SAMPLE_FILE_NAME = 'sample-haiphong-belgium.txt';

interface ImportState {
  progress?: ImportProgress;
  /** The last batch's results, until dismissed. */
  report?: FileResult[];
  importSources(sources: ImportSource[]): Promise<FileResult[]>;
  pickAndImport(): Promise<void>;
  importSample(): Promise<FileResult[]>;
  dismissReport(): void;
}

const ImportContext = createContext<ImportState | undefined>(undefined);

export function ImportProvider({ children }: { children: ReactNode }) {
  const [progress, setProgress] = useState<ImportProgress>();
  const [report, setReport] = useState<FileResult[]>();

  const importSources = useCallback(async (sources: ImportSource[]) => {
    if (sources.length === 0) return [];
    setReport(undefined);
    try {
      const results = await runImport(sources, platform, documentsRepo, setProgress);
      setReport(results);
      return results;
    } finally {
      setProgress(undefined);
    }
  }, []);

  const value = useMemo<ImportState>(
    () => ({
      progress,
      report,
      importSources,
      pickAndImport: async () => {
        await importSources(await platform.pickImportFiles());
      },
      importSample: () => importSources([{ name: SAMPLE_FILE_NAME, bytes: new TextEncoder().encode(sampleText) }]),
      dismissReport: () => setReport(undefined),
    }),
    [progress, report, importSources],
  );
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportState {
  const state = useContext(ImportContext);
  if (!state) throw new Error('useImport outside ImportProvider');
  return state;
}
