// Import state shared by the drop target, the Import buttons, the sample button and the status bar: progress, cancel, report.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_MAX_IMPORT_BYTES, type PendingImport, type PickKind, type SkippedFile } from '../../../shared/platform';
import { documentsRepo, settingsRepo } from '../../db/repositories';
import { platform } from '../../platform/platform';
import { ingestInbox } from './inbox-ingest';
import { runImport, type FileResult, type ImportProgress } from './import-runner';
import sampleText from '../../../resources/samples/sample-article.txt?raw';

export const SAMPLE_FILE_NAME = 'sample-rayong-danang.txt';
/** Settings key: the largest file to import, in megabytes. */
export const MAX_IMPORT_SETTING = 'import.maxMegabytes';

interface ImportState {
  progress?: ImportProgress;
  /** The last batch's results, until dismissed. */
  report?: FileResult[];
  importPending(pending: PendingImport[], skipped?: SkippedFile[]): Promise<FileResult[]>;
  pickAndImport(kind: PickKind): Promise<void>;
  importSample(): Promise<FileResult[]>;
  cancel(): void;
  dismissReport(): void;
}

const ImportContext = createContext<ImportState | undefined>(undefined);
let inboxTaken = false;

export function ImportProvider({ children }: { children: ReactNode }) {
  const [progress, setProgress] = useState<ImportProgress>();
  const [report, setReport] = useState<FileResult[]>();
  const abort = useRef<AbortController | undefined>(undefined);

  const importPending = useCallback(async (pending: PendingImport[], skipped: SkippedFile[] = []) => {
    const skippedResults: FileResult[] = skipped.map((s) => ({ file: s.name, status: 'skipped', reason: s.reason }));
    if (pending.length === 0) {
      if (skippedResults.length) setReport(skippedResults);
      return skippedResults;
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setReport(undefined);
    try {
      const maxBytes = (await settingsRepo.get(MAX_IMPORT_SETTING, DEFAULT_MAX_IMPORT_BYTES / 1024 / 1024)) * 1024 * 1024;
      const results = await runImport(pending, { platform, repo: documentsRepo, maxBytes }, setProgress, controller.signal);
      const all = [...results, ...skippedResults];
      setReport(all);
      return all;
    } finally {
      setProgress(undefined);
    }
  }, []);

  // Documents imported from the command line wait in the data folder until the app takes them in
  // (once per app start: React's development double effects must not take them twice).
  useEffect(() => {
    if (inboxTaken) return;
    inboxTaken = true;
    void ingestInbox(platform, documentsRepo).then((results) => {
      if (results.length) setReport(results);
    });
  }, []);

  const value = useMemo<ImportState>(
    () => ({
      progress,
      report,
      importPending,
      pickAndImport: async (kind) => {
        const { pending, skipped } = await platform.pickImport(kind);
        await importPending(pending, skipped);
      },
      importSample: () => {
        const bytes = new TextEncoder().encode(sampleText);
        return importPending([{ name: SAMPLE_FILE_NAME, size: bytes.length, load: async () => ({ name: SAMPLE_FILE_NAME, bytes }) }]);
      },
      cancel: () => abort.current?.abort(),
      dismissReport: () => setReport(undefined),
    }),
    [progress, report, importPending],
  );
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportState {
  const state = useContext(ImportContext);
  if (!state) throw new Error('useImport outside ImportProvider');
  return state;
}
