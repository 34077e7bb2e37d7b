// Checks that no word stands in the gap between two words joined into a match (gap characters are not in the postings).
import { DocBits } from './doc-bits';
import { lowerBound } from './partial-matches';
import type { PostingsSource } from './postings-source';

/**
 * For each [doc, _, from, to] of gapped: true when no word starts in [from, to) of the document. Gaps are
 * at most 3 characters, so only words of 1-3 characters fit; their lists are walked once for all the
 * documents concerned (or looked up in, when few documents are).
 */
export function emptyGaps(src: PostingsSource, gapped: number[]): boolean[] {
  const ok = new Array<boolean>(gapped.length / 4).fill(true);
  const byDoc = new Map<number, number[]>();
  for (let k = 0; k < ok.length; k++) {
    const no = gapped[4 * k];
    let ks = byDoc.get(no);
    if (ks === undefined) byDoc.set(no, (ks = []));
    ks.push(k);
  }
  // Words of length len only matter in documents with a gap at least that wide (most gaps are one space).
  for (let len = 1; len <= 3; len++) {
    const bits = new DocBits(src.docCapacity);
    let any = false;
    for (let k = 0; k < ok.length; k++) {
      if (ok[k] && gapped[4 * k + 3] - gapped[4 * k + 2] >= len) {
        bits.add(gapped[4 * k]);
        any = true;
      }
    }
    if (!any) break;
    let arr: number[] | undefined;
    const docs = () => (arr ??= bits.toArray());
    for (const list of src.dictionary.termsOfLength(len)) {
      list.eachDocIn(bits, docs, (i, no) => {
        for (const k of byDoc.get(no) as number[]) {
          const from = gapped[4 * k + 2];
          const to = gapped[4 * k + 3];
          if (!ok[k] || to - from < len) continue;
          const at = lowerBound(list.pos, from, list.from(i), list.to(i));
          if (at < list.to(i) && list.pos[at] <= to - len) ok[k] = false;
        }
      });
    }
  }
  return ok;
}
