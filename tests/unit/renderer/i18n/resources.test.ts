// Thai and English carry the same keys, and every key the UI asks for exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../../../shared/import/refusal';
import { ANNOTATION_TYPES, QUALIFIERS } from '../../../../shared/model/annotation';
import en from '../../../../renderer/i18n/en.json';
import th from '../../../../renderer/i18n/th.json';
import { projectRoot } from '../../../support/shared-data';

type Tree = { [k: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
/** i18next plural forms (`x_one`, `x_other`) answer for `x`. */
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
}

describe('i18n resources', () => {
  const enKeys = new Set(keys(en as Tree).map(base));
  const thKeys = new Set(keys(th as Tree).map(base));

  it('Thai and English have the same keys', () => {
    expect([...enKeys].filter((k) => !thKeys.has(k))).toEqual([]);
    expect([...thKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('every literal key in the renderer, and every type, qualifier and refusal, is translated', () => {
    const used = files(join(projectRoot, 'renderer')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z.-]+)'/g)].map((m) => m[1]));
    const labels = files(join(projectRoot, 'renderer')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(history\.[a-zA-Z]+)'/g)].map((m) => m[1]));
    const dynamic = [
      ...ANNOTATION_TYPES.map((t) => `types.${t}`),
      ...QUALIFIERS.map((q) => `qualifiers.${q}`),
      ...REFUSAL_REASONS.map((r) => `import.refused.${r}`),
    ];
    const missing = [...new Set([...used, ...labels, ...dynamic])].filter((k) => !enKeys.has(k));
    expect(missing).toEqual([]);
    expect(used.length).toBeGreaterThan(40);
  });
});
