// A character trie for fast multi-pattern matching of many names at one text position.

interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  value?: V;
}

export interface TrieMatch<V> {
  end: number;
  value: V;
}

export class CharTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  size = 0;

  /** Adds a key; a key added twice keeps the first value unless `replace` is set. */
  add(key: string, value: V, replace = false): void {
    if (key.length === 0) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    if (node.value === undefined || replace) node.value = value;
  }

  /** True when some key starts with the character at `pos` (a cheap pre-check). */
  startsAt(text: string, pos: number): boolean {
    return this.root.next.has(text.charCodeAt(pos));
  }

  /** Every key that matches at `pos`, shortest first. */
  matchesAt(text: string, pos: number): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) out.push({ end: i + 1, value: node.value });
    }
    return out;
  }

  /** The longest key at `pos` that `accept` allows, or null. */
  longestAt(text: string, pos: number, accept?: (end: number, value: V) => boolean): TrieMatch<V> | null {
    let best: TrieMatch<V> | null = null;
    let node: TrieNode<V> | undefined = this.root;
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined && (!accept || accept(i + 1, node.value))) best = { end: i + 1, value: node.value };
    }
    return best;
  }

  /** True when `key` itself was added. */
  has(key: string): boolean {
    let node: TrieNode<V> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
    return node?.value !== undefined;
  }
}

/** A trie over a word list, each word its own value. */
export function wordTrie(words: readonly string[]): CharTrie<string> {
  const t = new CharTrie<string>();
  for (const w of words) t.add(w, w);
  return t;
}
