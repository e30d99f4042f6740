/**
 * Terms to add to a topic (`pdx suggest`): the words and two-word phrases of
 * the clauses tagged with the topic that are much more frequent there than in
 * the other clauses, by the log-odds ratio with an informative Dirichlet prior
 * (log-odds.ts; the prior is the whole corpus), leaving out what the topic
 * already has: a candidate in which a term of the topic fires (统筹疫情防控,
 * where 疫情防控 fires) would tag nothing new. A two-word phrase that starts
 * or ends with a particle or conjunction (的开局, 和经济社会发展) is no term. Clauses stream by (`add`); a count per word is kept for each
 * side, and the texts of the topic's clauses, for an example of each candidate.
 * A clause text seen before (a report archived twice) is not counted again.
 */
import { createHash } from 'node:crypto';
import type { CompiledDictionary } from '../topics/dictionary.js';
import type { Segmenter } from '../topics/segmenter.js';
import { findTermHits } from '../topics/tag-topics.js';
import { DEFAULT_PRIOR_SIZE, logOdds, wordsAndPhrases } from './log-odds.js';

/** Where a clause comes from. */
export interface ClauseRef {
  doc: string;
  clause: number;
}

export interface TermCandidate {
  term: string;
  /** z-score of the log-odds ratio (above 1.96: more frequent in the topic's clauses at the 5 % level). */
  score: number;
  /** Occurrences in the topic's clauses and in the others. */
  count: number;
  countOut: number;
  /** Clauses holding it, of the topic and of the others. */
  clauses: number;
  clausesOut: number;
  /** Topics of the active dictionaries that already have it as a term (never the topic asked about). */
  otherTopics: string[];
  /** The shortest clause of the topic that holds it. */
  example: ClauseRef & { text: string };
}

export interface SuggestOptions {
  /** At least this many occurrences in the topic's clauses (default 3). */
  minCount?: number;
  /** At least this score (default 1.96). */
  minScore?: number;
  /** At most this many candidates, best first (default 40). */
  top?: number;
  priorSize?: number;
}

export const SUGGEST_DEFAULTS = { minCount: 3, minScore: 1.96, top: 40 } as const;

/**
 * The topics whose terms cover `word`: a term equal to it, or a glob whose
 * prefix starts it (a glob matches the word it starts).
 */
export function topicsWithTerm(word: string, dictionary: CompiledDictionary): Set<string> {
  const owners = new Set<string>();
  for (const { length, values } of dictionary.terms.prefixesAt(word, 0, word.length))
    if (length === word.length) for (const rule of values) owners.add(rule.topic);
  for (const { values } of dictionary.globs.prefixesAt(word, 0, word.length)) for (const rule of values) owners.add(rule.topic);
  for (const rule of dictionary.exactRules) if (rule.term === word) owners.add(rule.topic);
  return owners;
}

// Single-character function words: a phrase cut at one of them is a fragment, not a term.
const FUNCTION_WORDS = new Set([
  '的',
  '地',
  '得',
  '和',
  '与',
  '及',
  '或',
  '并',
  '而',
  '在',
  '对',
  '把',
  '被',
  '将',
  '为',
  '了',
  '着',
  '是',
  '也',
  '都',
  '又',
  '就',
  '等',
  '之',
  '其',
  '以',
  '从',
  '向',
  '于',
]);

const add = (counts: Map<string, number>, word: string, by = 1): void => {
  counts.set(word, (counts.get(word) ?? 0) + by);
};

/** Counts words of clauses in and out of a topic; `candidates` scores them. */
export class TermContrast {
  private readonly inside = new Map<string, number>();
  private readonly outside = new Map<string, number>();
  private readonly clausesIn = new Map<string, number>();
  private readonly clausesOut = new Map<string, number>();
  /** Per word of the topic's clauses, the index in `examples` of the shortest clause holding it. */
  private readonly shortest = new Map<string, number>();
  private readonly examples: (ClauseRef & { text: string })[] = [];
  private readonly seen = new Set<string>();
  /** Distinct clauses of the topic and of the others. */
  topicClauses = 0;
  otherClauses = 0;

  /** `segmenter`: the topic engine's, which knows the dictionaries' terms as words. */
  constructor(private readonly segmenter: Pick<Segmenter, 'boundaries'>) {}

  /** A clause's text (in simplified characters), whether it is tagged with the topic, and where it comes from. */
  add(text: string, inTopic: boolean, where: ClauseRef): void {
    const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
    if (this.seen.has(digest)) return;
    this.seen.add(digest);
    const words = wordsAndPhrases(text, this.segmenter);
    if (!inTopic) {
      this.otherClauses++;
      for (const word of words) add(this.outside, word);
      for (const word of new Set(words)) add(this.clausesOut, word);
      return;
    }
    this.topicClauses++;
    const index = this.examples.length;
    this.examples.push({ ...where, text });
    for (const word of words) add(this.inside, word);
    for (const word of new Set(words)) {
      add(this.clausesIn, word);
      const best = this.shortest.get(word);
      if (best === undefined || this.examples[best]!.text.length > text.length) this.shortest.set(word, index);
    }
  }

  /** Whether a term of `topic` fires inside `word` (a word equal to a term included), as the tagger would match it. */
  private topicFiresIn(word: string, topic: string, dictionary: CompiledDictionary): boolean {
    return findTermHits(word, this.segmenter.boundaries(word), [0, word.length], dictionary).some((hit) => hit.rule.topic === topic);
  }

  /** Whether `word`, cut by the segmenter, starts or ends with a function word. */
  private isFragment(word: string): boolean {
    const bounds = this.segmenter.boundaries(word);
    return bounds.length > 2 && (FUNCTION_WORDS.has(word.slice(0, bounds[1])) || FUNCTION_WORDS.has(word.slice(bounds[bounds.length - 2])));
  }

  /** The candidates for `topic`, best first: what the topic has in `dictionary` left out. */
  candidates(topic: string, dictionary: CompiledDictionary, options: SuggestOptions = {}): TermCandidate[] {
    const { minCount, minScore, top } = { ...SUGGEST_DEFAULTS, ...options };
    const background = new Map(this.outside);
    for (const [word, count] of this.inside) add(background, word, count);
    const found: TermCandidate[] = [];
    for (const scored of logOdds(this.inside, this.outside, background, options.priorSize ?? DEFAULT_PRIOR_SIZE)) {
      if (found.length >= top || scored.z < minScore) break;
      if (scored.inside < minCount || this.isFragment(scored.word) || this.topicFiresIn(scored.word, topic, dictionary)) continue;
      const owners = topicsWithTerm(scored.word, dictionary);
      owners.delete(topic);
      found.push({
        term: scored.word,
        score: Math.round(scored.z * 100) / 100,
        count: scored.inside,
        countOut: scored.outside,
        clauses: this.clausesIn.get(scored.word)!,
        clausesOut: this.clausesOut.get(scored.word) ?? 0,
        otherTopics: [...owners].sort(),
        example: this.examples[this.shortest.get(scored.word)!]!,
      });
    }
    return found;
  }
}
