/**
 * Quantitative targets and deadlines inside a directive, as structured values:
 * 达到60% → {target, value 60, unit %}; 1400多亿元 → {target, value 1400,
 * unit 亿元}; 到2025年 → {deadline, year 2025}; 年内 → {deadline}.
 */
import type { Span, Target } from '../schema.js';
import { toHalfWidth } from '../language/chinese-number.js';
import { DEADLINE, QUANTITY } from './target-lexicon.js';

function numberOf(text: string): number {
  const [numerator, denominator] = text.split('/');
  return denominator ? Number(numerator) / Number(denominator) : Number(numerator);
}

/** The targets and deadlines of `text` in [start, end), in reading order. */
export function findTargets(text: string, [start, end]: Span): Target[] {
  // Full-width digits (１９．１％) read as ASCII; offsets stay those of `text`.
  const region = toHalfWidth(text.slice(start, end));
  const found: Target[] = [];
  const deadlines: Span[] = [];
  for (const match of region.matchAll(DEADLINE)) {
    const span: Span = [start + match.index, start + match.index + match[0].length];
    deadlines.push(span);
    const year = match[1] ?? match[2];
    found.push({ kind: 'deadline', text: text.slice(span[0], span[1]), span, ...(year ? { year: Number(year) } : {}) });
  }
  // Deadlines and quantities both come in reading order: the first deadline that
  // could overlap a quantity only moves forward (no scan of them all per quantity).
  let next = 0;
  for (const match of region.matchAll(QUANTITY)) {
    const [whole, verb, number, magnitude, unit] = match;
    // A fraction needs its verb (压减1/3); any other number needs a unit or an order of magnitude.
    if (!(unit || magnitude || (number!.includes('/') && verb))) continue;
    const span: Span = [start + match.index, start + match.index + whole.length];
    while (next < deadlines.length && deadlines[next]![1] <= span[0]) next++;
    if (next < deadlines.length && deadlines[next]![0] < span[1]) continue;
    const written = `${magnitude ?? ''}${unit ?? ''}`;
    found.push({ kind: 'target', text: text.slice(span[0], span[1]), span, value: numberOf(number!), ...(written ? { unit: written } : {}) });
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
