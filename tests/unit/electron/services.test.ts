// Main-process pieces without Electron: the import service over a fake file system, and the app:// path guard.
import { describe, expect, it, vi } from 'vitest';
import { ImportService } from '../../../electron/services/import-service';

vi.mock('electron', () => ({ net: {}, protocol: {} }));
const { resolveAppPath } = await import('../../../electron/main/app-protocol');

describe('ImportService', () => {
  const files: Record<string, string> = { '/in/ข่าว.txt': 'หัวข้อ\nเนื้อหา', '/in/empty.txt': '' };
  const service = new ImportService({
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[p]);
    },
  });

  it('reads chosen files and parses them, one outcome per file in order', async () => {
    const sources = await service.readSources(['/in/ข่าว.txt', '/in/empty.txt', '/in/missing.txt']);
    expect(sources.map((s) => s.name)).toEqual(['ข่าว.txt', 'empty.txt', 'missing.txt']);
    const outcomes = await service.parse(sources);
    expect(outcomes.map((o) => (o.ok ? o.document.title : o.refusal.reason))).toEqual(['หัวข้อ', 'empty', 'empty']);
  });
});

describe('resolveAppPath', () => {
  it('serves files inside the renderer folder and nothing outside it', () => {
    expect(resolveAppPath('/app/out/renderer', '/index.html')).toBe('/app/out/renderer/index.html');
    expect(resolveAppPath('/app/out/renderer', '/')).toBe('/app/out/renderer/index.html');
    expect(resolveAppPath('/app/out/renderer', '/assets/a%20b.js')).toBe('/app/out/renderer/assets/a b.js');
    expect(resolveAppPath('/app/out/renderer', '/../main/index.cjs')).toBeUndefined();
    expect(resolveAppPath('/app/out/renderer', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
  });
});
