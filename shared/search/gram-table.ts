// The Thai bigram lists of the merged index (documents holding each pair of letters), for narrowing candidates cheaply.
import { grow } from './term-list';

/** A bigram's documents, ascending. */
export class GramList {
  docs: Uint32Array = new Uint32Array(4);
  n = 0;

  push(no: number): void {
    if (this.n === this.docs.length) this.docs = grow(this.docs, this.n + 1);
    this.docs[this.n++] = no;
  }

  trim(): void {
    if (this.docs.length > this.n) this.docs = this.docs.slice(0, this.n);
  }

  retain(alive: (no: number) => boolean): boolean {
    let kept = 0;
    for (let i = 0; i < this.n; i++) if (alive(this.docs[i])) this.docs[kept++] = this.docs[i];
    this.n = kept;
    if (kept > 0) this.docs = this.docs.slice(0, kept);
    return kept > 0;
  }
}

/** The bigram lists by key: a flat table for pairs of Thai code points (all of them in practice), a Map for any other. */
export class GramTable {
  private readonly thai: (GramList | undefined)[] = new Array<GramList | undefined>(128 * 128);
  private readonly other = new Map<number, GramList>();
  private count = 0;

  private static slot(key: number): number {
    const a = Math.floor(key / 0x10000) - 0x0e00;
    const b = (key % 0x10000) - 0x0e00;
    return a >= 0 && a < 128 && b >= 0 && b < 128 ? a * 128 + b : -1;
  }

  get size(): number {
    return this.count;
  }

  get(key: number): GramList | undefined {
    const s = GramTable.slot(key);
    return s === -1 ? this.other.get(key) : this.thai[s];
  }

  getOrAdd(key: number): GramList {
    const s = GramTable.slot(key);
    let list = s === -1 ? this.other.get(key) : this.thai[s];
    if (list === undefined) {
      list = new GramList();
      if (s === -1) this.other.set(key, list);
      else this.thai[s] = list;
      this.count++;
    }
    return list;
  }

  lists(): GramList[] {
    const out: GramList[] = [...this.other.values()];
    for (const l of this.thai) if (l !== undefined) out.push(l);
    return out;
  }

  trim(): void {
    for (const l of this.lists()) l.trim();
  }

  /** Drops the documents that are not alive, and the lists left empty. */
  retain(alive: (no: number) => boolean): void {
    for (const [key, list] of this.other) {
      if (!list.retain(alive)) {
        this.other.delete(key);
        this.count--;
      }
    }
    this.thai.forEach((list, s) => {
      if (list !== undefined && !list.retain(alive)) {
        this.thai[s] = undefined;
        this.count--;
      }
    });
  }
}
