// Main-process services without Electron: import (chooser paths, parsing, originals), original store, walker, inbox, data folder, app:// guard.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dataPaths, defaultDataFolder } from '../../../electron/services/data-folder';
import { walkPaths } from '../../../electron/services/file-walker';
import { ImportInbox } from '../../../electron/services/import-inbox';
import { ImportPool } from '../../../electron/services/import-pool';
import { ImportService } from '../../../electron/services/import-service';
import { OriginalStore } from '../../../electron/services/original-store';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { importFile } from '../../../shared/import/import-file';

vi.mock('electron', () => ({ net: {}, protocol: {} }));
const { resolveAppPath } = await import('../../../electron/main/app-protocol');

function tree() {
  const root = mkdtempSync(join(tmpdir(), 'aw-svc-'));
  mkdirSync(join(root, 'ข่าว', 'ลึก'), { recursive: true });
  writeFileSync(join(root, 'ข่าว', 'หนึ่ง.txt'), 'หัวข้อหนึ่ง\nเนื้อหา');
  writeFileSync(join(root, 'ข่าว', 'ลึก', 'สอง.md'), 'หัวข้อสอง\nเนื้อหา');
  writeFileSync(join(root, 'ข่าว', 'รูป.jpg'), 'x');
  writeFileSync(join(root, 'ข่าว', '.DS_Store'), 'x');
  writeFileSync(join(root, 'ว่าง.txt'), '');
  return root;
}

describe('walkPaths', () => {
  it('takes supported files from folders recursively and lists the rest as skipped', async () => {
    const root = tree();
    const r = await walkPaths([join(root, 'ข่าว'), join(root, 'ว่าง.txt'), join(root, 'missing')], (n) => /\.(txt|md)$/.test(n));
    expect(r.files.map((f) => f.slice(root.length + 1))).toEqual(['ข่าว/ลึก/สอง.md', 'ข่าว/หนึ่ง.txt', 'ว่าง.txt']);
    expect(r.skipped.map((s) => [s.path.slice(root.length + 1), s.reason])).toEqual([
      ['ข่าว/.DS_Store', 'hidden'],
      ['ข่าว/รูป.jpg', 'unsupported-type'],
      ['missing', 'unreadable'],
    ]);
  });
});

describe('OriginalStore', () => {
  it('keeps bytes once under their SHA-256 and reads them back', async () => {
    const store = new OriginalStore(join(mkdtempSync(join(tmpdir(), 'aw-orig-')), 'originals'));
    await store.boot();
    const bytes = new TextEncoder().encode('ต้นฉบับ');
    const hash = await store.put(bytes);
    expect(hash).toBe(await sha256Hex(bytes));
    expect(await store.put(bytes)).toBe(hash);
    expect(readFileSync(store.pathOf(hash), 'utf8')).toBe('ต้นฉบับ');
    expect(new TextDecoder().decode(await store.get(hash))).toBe('ต้นฉบับ');
    expect(() => store.pathOf('../../etc/passwd')).toThrow();
  });
});

describe('ImportService', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-imp-'));
    const originals = new OriginalStore(join(dir, 'originals'));
    const service = new ImportService({ readFile: (p) => readFile(p) }, new ImportPool(undefined), originals);
    return { service, originals };
  };

  it('picks a folder recursively with names relative to it, then parses the picked paths and keeps originals', async () => {
    const root = tree();
    const { service, originals } = setup();
    const { files: picked, skipped } = await service.pick([join(root, 'ข่าว')], true);
    expect(picked.map((p) => p.name)).toEqual(['ลึก/สอง.md', 'หนึ่ง.txt']);
    expect(skipped).toEqual([{ name: 'รูป.jpg', reason: 'unsupported-type' }]);
    const parsed = await service.parse(picked.map((p) => ({ name: p.name, pickedPath: p.pickedPath })));
    expect(parsed.map((p) => (p.outcome.ok ? p.outcome.document.title : p.outcome.refusal.reason))).toEqual(['หัวข้อสอง', 'หัวข้อหนึ่ง']);
    expect(await originals.has(parsed[0].original!.hash)).toBe(true);
  });

  it('reads no path the chooser did not hand out', async () => {
    const { service } = setup();
    const [r] = await service.parse([{ name: 'passwd', pickedPath: '/etc/passwd' }]);
    expect(r.outcome).toMatchObject({ ok: false, refusal: { reason: 'unreadable', detail: 'not chosen in this session' } });
  });

  it('parses dropped bytes and refuses an empty file without keeping it', async () => {
    const { service } = setup();
    const [ok, empty] = await service.parse([
      { name: 'a.txt', bytes: new TextEncoder().encode('หัวข้อ\nเนื้อหา') },
      { name: 'b.txt', bytes: new Uint8Array(0) },
    ]);
    expect(ok.original?.name).toBe('a.txt');
    expect(empty.outcome).toMatchObject({ ok: false, refusal: { reason: 'empty' } });
    expect(empty.original).toBeUndefined();
  });
});

describe('ImportInbox', () => {
  it('holds documents by id until removed', async () => {
    const inbox = new ImportInbox(join(mkdtempSync(join(tmpdir(), 'aw-inbox-')), 'inbox'));
    const r = await importFile({ name: 'a.txt', bytes: new TextEncoder().encode('หัวข้อ\nเนื้อหา') });
    if (!r.ok) throw new Error('fixture');
    await inbox.put({ document: r.document, original: { hash: 'a'.repeat(64), name: 'a.txt', size: 1 }, importedAt: '2026-01-01T00:00:00Z' });
    expect([...(await inbox.ids())]).toEqual([r.document.id]);
    expect((await inbox.list())[0].document.title).toBe('หัวข้อ');
    await inbox.remove([r.document.id]);
    expect(await inbox.list()).toEqual([]);
  });
});

describe('defaultDataFolder', () => {
  it('matches Electron userData on each system, and honours WORKBENCH_DATA_DIR', () => {
    expect(defaultDataFolder({}, 'linux', '/home/a')).toBe('/home/a/.config/Analyst Workbench');
    expect(defaultDataFolder({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/Analyst Workbench');
    expect(defaultDataFolder({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Analyst Workbench');
    expect(defaultDataFolder({ WORKBENCH_DATA_DIR: '/d' }, 'linux', '/home/a')).toBe('/d');
    expect(dataPaths('/d').originals).toBe('/d/originals');
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
