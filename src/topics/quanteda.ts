/**
 * quanteda-style dictionaries (the YAML of R's quanteda, LIWC-like coding
 * schemes): nested category keys, lists of terms at the leaves, `*` at the end
 * of a term as a prefix glob. Each category becomes a topic: its id is the key
 * path made into ids and joined with dots (Environment → Waste Sorting is
 * `environment.waste_sorting`, a subtopic of `environment`), its label the key
 * as written. A category with subcategories is a topic with no terms of its own.
 */
import { dictionaryFileSchema, isRecord, toTopicId } from './dictionary.js';
import type { SourcePath } from './json-locator.js';

/** The top-level keys that make a file a pdx dictionary; a file with none of them is quanteda-style. */
const PDX_TOP_LEVEL_KEYS = Object.keys(dictionaryFileSchema.shape);

export function isQuantedaStyle(data: Record<string, unknown>): boolean {
  return !PDX_TOP_LEVEL_KEYS.some((key) => key in data);
}

export interface QuantedaTopics {
  /** In pdx form: `{ topics: [{ id, labels, terms }] }`, to be validated like any pdx dictionary. */
  data: { topics: { id: string; labels: { zh: string }; terms: unknown[] }[] };
  /** The key path of each topic in the source, for problem lines. */
  origins: SourcePath[];
  /** Keys that cannot become ids. */
  problems: { path: SourcePath; message: string }[];
}

export function fromQuanteda(data: Record<string, unknown>): QuantedaTopics {
  const result: QuantedaTopics = { data: { topics: [] }, origins: [], problems: [] };
  const visit = (categories: Record<string, unknown>, path: string[], parentId: string | null): void => {
    for (const [key, value] of Object.entries(categories)) {
      const name = toTopicId(key);
      if (!name) {
        result.problems.push({ path: [...path, key], message: `category "${key}" cannot be made into a topic id, having no letters or digits; rename it` });
        continue;
      }
      const id = parentId ? `${parentId}.${name}` : name;
      // R reads a bare 12345 as a number and then as text: so does this.
      const terms = Array.isArray(value)
        ? value.map((term) => (typeof term === 'number' ? String(term) : term))
        : typeof value === 'string' || typeof value === 'number'
          ? [String(value)]
          : [];
      result.data.topics.push({ id, labels: { zh: key }, terms });
      result.origins.push([...path, key]);
      if (isRecord(value)) visit(value, [...path, key], id);
    }
  };
  visit(data, [], null);
  return result;
}
