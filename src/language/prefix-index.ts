/**
 * A character trie. Walking it from one position of a text finds every stored
 * string that starts there in one pass, however many a dictionary has: the
 * cost is the length of the longest match, not the number of entries (a regex
 * per entry would scan the text once per entry, a lookup per substring would
 * build each substring). Keys are UTF-16 code units, so nothing is allocated
 * while walking; a character outside the BMP is simply two steps.
 */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[];
}

export interface PrefixMatch<T> {
  /** Length of the match in UTF-16 code units. */
  length: number;
  values: readonly T[];
}

export class PrefixIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  get isEmpty(): boolean {
    return this.root.next.size === 0;
  }

  /** The values stored under `key`, created empty on first use, for the caller to add to. */
  slot(key: string): T[] {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(unit, child);
      }
      node = child;
    }
    return node.values;
  }

  /** The length of the longest stored key that `text` has at `at`, or 0. */
  longestAt(text: string, at: number): number {
    let longest = 0;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values.length > 0) longest = i + 1 - at;
    }
    return longest;
  }

  /** Every stored key that `text` has at `at` and that ends by `end`, shortest first. */
  prefixesAt(text: string, at: number, end: number): PrefixMatch<T>[] {
    const found: PrefixMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = at; i < end; ) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      i++;
      if (node.values.length > 0) found.push({ length: i - at, values: node.values });
    }
    return found;
  }
}
