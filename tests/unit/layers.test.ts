// The layers hold: shared/ is pure, only renderer/db opens Dexie, only electron/ loads Electron, only renderer/platform knows the edition.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared-data';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function offenders(folder: string, bad: (spec: string, file: string) => boolean): string[] {
  return sources(join(projectRoot, folder)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => bad(spec, file))
      .map((spec) => `${relative(projectRoot, file)} imports ${spec}`),
  );
}

describe('layers', () => {
  it('shared/ imports nothing from Electron, React, Dexie, Node or the other layers', () => {
    const bad = (spec: string) =>
      /^(electron|react|react-dom|dexie|dexie-react-hooks|node:|fs$|path$|os$)/.test(spec) || /(^|\/)(renderer|electron)\//.test(spec);
    expect(offenders('shared', bad)).toEqual([]);
  });

  it('only renderer/db imports Dexie itself', () => {
    const bad = (spec: string, file: string) => spec === 'dexie' && !relative(projectRoot, file).startsWith(join('renderer', 'db'));
    expect(offenders('renderer', bad)).toEqual([]);
  });

  it('the renderer never imports Electron, Node or the electron/ folder', () => {
    const bad = (spec: string) => spec === 'electron' || spec.startsWith('node:') || /(^|\/)electron\//.test(spec);
    expect(offenders('renderer', bad)).toEqual([]);
  });

  it('only renderer/platform asks which edition it runs in', () => {
    const leaks = sources(join(projectRoot, 'renderer'))
      .filter((f) => !relative(projectRoot, f).startsWith(join('renderer', 'platform')))
      .filter((f) => /window\.workbench/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(projectRoot, f));
    expect(leaks).toEqual([]);
  });

  it('electron/ does not import the renderer', () => {
    expect(offenders('electron', (spec) => /(^|\/)renderer\//.test(spec))).toEqual([]);
  });
});
