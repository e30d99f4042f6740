/**
 * A character trie of glob prefixes. Walking it from one position of a text
 * finds every prefix that starts there in one pass, however many globs a
 * dictionary has: the cost is the length of the longest prefix, not the
 * number of globs (a regex per glob would scan the text once per glob).
 */
interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PrefixMatch<T> {
  /** Length of the prefix in characters. */
  length: number;
  values: readonly T[];
}

export class PrefixIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  get isEmpty(): boolean {
    return this.root.next.size === 0;
  }

  /** The values stored under `prefix`, created empty on first use, for the caller to add to. */
  slot(prefix: string): T[] {
    let node = this.root;
    for (const char of prefix) {
      let child = node.next.get(char);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(char, child);
      }
      node = child;
    }
    return node.values;
  }

  /** Every stored prefix that `text` has at `at` and that ends by `end`, shortest first. */
  prefixesAt(text: string, at: number, end: number): PrefixMatch<T>[] {
    const found: PrefixMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = at; i < end; ) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      node = node.next.get(char);
      if (!node) break;
      i += char.length;
      if (node.values.length > 0) found.push({ length: i - at, values: node.values });
    }
    return found;
  }
}
