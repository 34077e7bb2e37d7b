// `workbench import [--dry-run] [--extract] --json [--data DIR] PATH...`: files and folders into the workbench's data folder.
import { readFile } from 'node:fs/promises';
import { formatOf, type ImportOutcome } from '../../shared/import/import-file';
import { describeRefusal } from '../../shared/import/refusal';
import { dataPaths, defaultDataFolder } from '../services/data-folder';
import { walkPaths } from '../services/file-walker';
import { ImportInbox } from '../services/import-inbox';
import type { ImportPool } from '../services/import-pool';
import { OriginalStore } from '../services/original-store';

export interface ImportArgs {
  dryRun: boolean;
  extract: boolean;
  data?: string;
  paths: string[];
}

export function parseImportArgs(args: string[]): ImportArgs | string {
  const out: ImportArgs = { dryRun: false, extract: false, paths: [] };
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--dry-run') out.dryRun = true;
    else if (a === '--extract') out.extract = true;
    else if (a === '--json') json = true;
    else if (a === '--data') {
      out.data = args[++i];
      if (!out.data) return '--data needs a folder';
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else out.paths.push(a);
  }
  if (!json) return '--json is required';
  if (out.paths.length === 0) return 'no PATH given';
  return out;
}

interface FileReport {
  file: string;
  ok: boolean;
  error: string | null;
  skipped?: boolean;
  format?: string;
  encoding?: string;
  title?: string;
  date?: string;
  sourceUrl?: string;
  text?: string;
  annotations?: unknown[];
}

function report(path: string, outcome: ImportOutcome, withAnnotations: boolean): FileReport {
  if (!outcome.ok) return { file: path, ok: false, error: describeRefusal(path, outcome.refusal) };
  const d = outcome.document;
  return {
    file: path,
    ok: true,
    error: null,
    format: d.format,
    encoding: d.encoding,
    title: d.title,
    date: d.date,
    sourceUrl: d.sourceUrl,
    text: d.text,
    ...(withAnnotations ? { annotations: d.suggestions } : {}),
  };
}

export async function importCommand(args: string[], io: { out(t: string): void; err(t: string): void }, pool: ImportPool): Promise<number> {
  const parsed = parseImportArgs(args);
  if (typeof parsed === 'string') {
    io.err(`workbench import: ${parsed}\nusage: import [--dry-run] [--extract] --json [--data DIR] PATH...\n`);
    return 1;
  }
  const { files, skipped } = await walkPaths(parsed.paths, (name) => formatOf(name) !== undefined);
  const paths = dataPaths(parsed.data ?? defaultDataFolder());
  const originals = new OriginalStore(paths.originals);
  const inbox = new ImportInbox(paths.inbox);
  const seen = parsed.dryRun ? new Set<string>() : await inbox.ids();

  // Files are read and parsed a window at a time (bounded open files, both cores busy through the pool),
  // then kept in input order, so which of two identical files counts as the duplicate never depends on timing.
  const WINDOW = 64;
  const reports: FileReport[] = [];
  for (let i = 0; i < files.length; i += WINDOW) {
    const parsedWindow = await Promise.all(
      files.slice(i, i + WINDOW).map(async (path) => {
        const bytes = await readFile(path).catch(() => undefined);
        return { path, bytes, outcome: bytes ? await pool.parse({ name: path, bytes }, { extract: parsed.extract }) : undefined };
      }),
    );
    for (const { path, bytes, outcome } of parsedWindow) {
      if (!bytes || !outcome) {
        reports.push({ file: path, ok: false, error: `${path}: could not be read` });
        continue;
      }
      if (!outcome.ok || parsed.dryRun) {
        reports.push(report(path, outcome, parsed.extract));
        continue;
      }
      // Same text as a document already imported (this batch or waiting in the data folder).
      if (seen.has(outcome.document.id)) {
        reports.push({ file: path, ok: false, error: describeRefusal(path, { reason: 'duplicate' }) });
        continue;
      }
      seen.add(outcome.document.id);
      const hash = await originals.put(bytes);
      await inbox.put({ document: outcome.document, original: { hash, name: outcome.file, size: bytes.length }, importedAt: new Date().toISOString() });
      reports.push(report(path, outcome, parsed.extract));
    }
  }
  const skippedReports: FileReport[] = skipped.map((s) => ({
    file: s.path,
    ok: false,
    skipped: true,
    error: `${s.path}: skipped (${s.reason === 'unsupported-type' ? 'not a supported type' : s.reason === 'hidden' ? 'hidden file' : 'could not be read'})`,
  }));
  io.out(`${JSON.stringify([...reports, ...skippedReports], null, 2)}\n`);
  return reports.every((r) => r.ok) ? 0 : 2;
}
