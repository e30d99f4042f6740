/**
 * Topic dictionaries as validated data. The built-in dictionary and a user's
 * own share one format; both are checked by the same zod schema, normalised,
 * and fingerprinted (sha256 of the normalised content) so that every output
 * can say which coding produced its tags.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DictionaryRef } from '../schema.js';

const termText = z
  .string()
  .trim()
  .min(1, 'a term must not be empty')
  .refine((term) => /[\p{L}\p{N}]/u.test(term), { message: 'a term must contain a letter or digit, not only punctuation' });

export const termSchema = z.union([
  termText,
  z
    .object({
      term: termText,
      weight: z.number().positive().max(10).optional(),
      exclude: z.array(termText).optional(),
      exact: z.boolean().optional(),
    })
    .strict(),
]);

export const topicSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/, 'an id is lower-case letters, digits and _, with dots for subtopics (environment.waste)'),
    labels: z.object({ zh: z.string().min(1), en: z.string().optional() }).strict(),
    cap: z.array(z.number().int().positive()).optional(),
    parent: z.string().optional(),
    terms: z.array(termSchema).min(1, 'a topic needs at least one term'),
  })
  .strict();

export const dictionaryFileSchema = z
  .object({
    name: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    topics: z.array(topicSchema).min(1),
  })
  .strict();

export type DictionaryFile = z.infer<typeof dictionaryFileSchema>;

export interface TermRule {
  topic: string;
  term: string;
  weight: number;
  exclude: readonly string[];
  exact: boolean;
}

export interface TopicInfo {
  id: string;
  label: string;
  labelEn: string | null;
  cap: readonly number[];
  parent: string | null;
}

export interface CompiledDictionary {
  refs: DictionaryRef[];
  topics: ReadonlyMap<string, TopicInfo>;
  /** Rules by term text, for matching on token boundaries. */
  byTerm: ReadonlyMap<string, readonly TermRule[]>;
  /** Rules matched as raw substrings. */
  exactRules: readonly TermRule[];
  /** The longest term in tokens is unknown before segmentation; in characters it bounds the search. */
  longestTerm: number;
}

function normaliseTerm(term: z.infer<typeof termSchema>): { term: string; weight: number; exclude: string[]; exact: boolean } {
  if (typeof term === 'string') return { term, weight: 1, exclude: [], exact: false };
  return { term: term.term, weight: term.weight ?? 1, exclude: [...(term.exclude ?? [])].sort(), exact: term.exact ?? false };
}

/** The canonical form the fingerprint is taken of: defaults filled in, terms sorted. */
function normalisedContent(file: DictionaryFile): unknown {
  return {
    name: file.name,
    version: file.version,
    topics: file.topics.map((topic) => ({
      id: topic.id,
      labels: { zh: topic.labels.zh, en: topic.labels.en ?? null },
      cap: [...(topic.cap ?? [])].sort((a, b) => a - b),
      parent: topic.parent ?? null,
      terms: topic.terms.map(normaliseTerm).sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)),
    })),
  };
}

export function fingerprint(file: DictionaryFile): string {
  return createHash('sha256').update(JSON.stringify(normalisedContent(file))).digest('hex');
}

/** Compiles validated dictionaries into one matcher table; later dictionaries extend earlier ones. */
export function compileDictionaries(files: readonly DictionaryFile[]): CompiledDictionary {
  const topics = new Map<string, TopicInfo>();
  const byTerm = new Map<string, TermRule[]>();
  const exactRules: TermRule[] = [];
  let longestTerm = 0;
  for (const file of files) {
    for (const topic of file.topics) {
      topics.set(topic.id, {
        id: topic.id,
        label: topic.labels.zh,
        labelEn: topic.labels.en ?? null,
        cap: topic.cap ?? [],
        parent: topic.parent ?? null,
      });
      for (const raw of topic.terms) {
        const { term, weight, exclude, exact } = normaliseTerm(raw);
        const rule: TermRule = { topic: topic.id, term, weight, exclude, exact };
        longestTerm = Math.max(longestTerm, term.length);
        if (exact) exactRules.push(rule);
        else {
          const rules = byTerm.get(term) ?? [];
          // The same term twice in one topic counts once, with the larger weight.
          const same = rules.findIndex((r) => r.topic === topic.id);
          if (same >= 0) rules[same] = rules[same]!.weight >= weight ? rules[same]! : rule;
          else rules.push(rule);
          byTerm.set(term, rules);
        }
      }
    }
  }
  return {
    refs: files.map((file) => ({ name: file.name, version: file.version, sha256: fingerprint(file) })),
    topics,
    byTerm,
    exactRules,
    longestTerm,
  };
}
