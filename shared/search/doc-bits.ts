// A set of document numbers as a bit array: cheap intersections and unions while a query narrows its candidates.

export class DocBits {
  readonly words: Uint32Array;

  /** An empty set able to hold document numbers 0 .. capacity-1. */
  constructor(capacity: number) {
    this.words = new Uint32Array((capacity + 31) >>> 5);
  }

  has(no: number): boolean {
    const w = no >>> 5;
    return w < this.words.length && (this.words[w] & (1 << (no & 31))) !== 0;
  }

  add(no: number): void {
    this.words[no >>> 5] |= 1 << (no & 31);
  }

  /** Adds the first n document numbers of list. */
  addList(list: ArrayLike<number>, n = list.length): void {
    const words = this.words;
    for (let i = 0; i < n; i++) {
      const no = list[i];
      words[no >>> 5] |= 1 << (no & 31);
    }
  }

  /** Keeps only the documents also in other (in place). */
  and(other: DocBits): this {
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < a.length; i++) a[i] &= b[i];
    return this;
  }

  /** Adds the documents of other (in place). */
  or(other: DocBits): this {
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < a.length; i++) a[i] |= b[i];
    return this;
  }

  /** Removes the documents of other (in place). */
  andNot(other: DocBits): this {
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < a.length; i++) a[i] &= ~b[i];
    return this;
  }

  copy(): DocBits {
    const c = new DocBits(this.words.length * 32);
    c.words.set(this.words);
    return c;
  }

  isEmpty(): boolean {
    const a = this.words;
    for (let i = 0; i < a.length; i++) if (a[i] !== 0) return false;
    return true;
  }

  count(): number {
    let n = 0;
    for (let v of this.words) {
      v -= (v >>> 1) & 0x55555555;
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** The document numbers, ascending. */
  toArray(): number[] {
    const out: number[] = [];
    const a = this.words;
    for (let i = 0; i < a.length; i++) {
      let v = a[i];
      while (v !== 0) {
        const low = v & -v;
        out.push(i * 32 + 31 - Math.clz32(low));
        v ^= low;
      }
    }
    return out;
  }
}
