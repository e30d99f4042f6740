/**
 * clause → single directives. A clause is cut at 。；！？ and, inside a
 * sentence, before a comma-led new modal head (……，坚持……, ……，要……), so that
 * each directive says one thing. Each gets its modality on a scale.
 */
import type { Cue, Modality, Span } from '../schema.js';
import { modalityOf } from '../clauses/modality.js';

export interface FoundDirective {
  text: string;
  span: Span;
  modality: Modality | null;
  strength: number;
}

export const MODALITY_STRENGTH: Record<Modality, number> = {
  必须: 4,
  要: 3,
  坚持: 2,
  确保: 2,
  力争: 1,
  鼓励: 1,
  倡导: 1,
};

/**
 * The force of a cue that itself demands (会议要求，各区县做好防汛准备): a
 * directive with no modal word of its own carries it, as if it said 要.
 */
export const CUE_FORCE: Partial<Record<Cue, number>> = { 要求: MODALITY_STRENGTH.要, 强调: MODALITY_STRENGTH.要 };

// A new head after a comma: the modal words themselves, with an optional short subject before them.
const NEW_HEAD = /^(?:[\u4e00-\u9fff]{0,8}?(?:必须|务必|(?<![主重需只必纲摘扼提])要(?![求素点害闻])|坚持|确保|力争|鼓励|倡导|严禁|不得))/;
const PIECE_END = /[。；;！？!?\n]/;
const TRIM_END = /[\s，,。；;！？!?、：:]+$/;
const TRIM_START = /^[\s，,。；;、：:]+/;

function makeDirective(text: string, start: number, end: number, cueForce: number): FoundDirective | null {
  let s = start;
  let e = end;
  const body = text.slice(s, e);
  const lead = TRIM_START.exec(body)?.[0].length ?? 0;
  s += lead;
  const tail = TRIM_END.exec(text.slice(s, e))?.[0].length ?? 0;
  e -= tail;
  if (e <= s) return null;
  const piece = text.slice(s, e);
  const modality = modalityOf(piece);
  return { text: piece, span: [s, e], modality, strength: modality ? MODALITY_STRENGTH[modality] : cueForce };
}

/** Splits the clause at `span` of `text`, introduced by `cue`, into directives, in order, covering the clause's words. */
export function splitDirectives(text: string, span: Span, cue?: Cue): FoundDirective[] {
  const [start, end] = span;
  const cueForce = (cue && CUE_FORCE[cue]) ?? 0;
  const directives: FoundDirective[] = [];
  let pieceStart = start;
  const push = (at: number): void => {
    const directive = makeDirective(text, pieceStart, at, cueForce);
    if (directive) directives.push(directive);
    pieceStart = at;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (PIECE_END.test(ch)) push(i + 1);
    else if ((ch === '，' || ch === ',') && i + 1 > pieceStart && NEW_HEAD.test(text.slice(i + 1, Math.min(end, i + 14)))) {
      // Only split when the piece so far already has a head of its own or is long enough to stand alone.
      if (i - pieceStart >= 4) push(i + 1);
    }
  }
  push(end);
  return directives;
}
