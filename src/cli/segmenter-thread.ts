/**
 * jieba in a helper thread, for a one-report run. Loading jieba's dictionary
 * is the largest single cost of `pdx report.html` (0.1–0.2 s), and it needs
 * nothing from the command line: the launcher starts this thread first, so
 * the dictionary loads on another core while the main thread loads pdx, reads
 * and parses the report. The pipeline stays synchronous: each call waits for
 * the thread's answer on a shared buffer (Atomics.wait), which for a report's
 * few dozen calls costs far less than the load it hides.
 *
 * Results are jieba's own, from the same dictionary and the same words, so
 * output is identical to a run without the thread; whenever the thread cannot
 * answer (a text too long for the buffer, a failed load, no answer in time)
 * the segmenter loads jieba in this thread and goes on there.
 *
 * The shared buffer: four Int32 control slots, then the data area, which
 * carries the request text (UTF-16) and then the answer.
 *   cut answer:  Int32 token count, then each token's length
 *   tag answer:  Int32 word count, then (word length, tag length) pairs, then
 *                the words and tags as UTF-16, one after the other
 */
import { Worker } from 'node:worker_threads';
import {
  createSegmenter,
  dictionaryLines,
  localJiebaCalls,
  segmenterOver,
  type JiebaCalls,
  type Segmenter,
  type SegmenterFactory,
  type TaggedWord,
} from '../topics/segmenter.js';

export const State = { Idle: 0, Request: 1, Answer: 2, Failed: 3 } as const;
/** AddWords carries dictionary lines (dictionaryLines), so the thread's jieba learns exactly the bytes this thread's would. */
export const Op = { AddWords: 1, Cut: 2, Tag: 3 } as const;
type OpCode = (typeof Op)[keyof typeof Op];

// Control slots.
export const STATE = 0;
export const OP = 1;
export const LENGTH = 2;
export const CONTROL_BYTES = 16;
/** Where the request text, and then the answer, begin. */
export const ANSWER_AT = CONTROL_BYTES;

/**
 * Longest text sent to the thread, in UTF-16 units. An answer takes at most
 * 24 bytes a unit (a tag answer of one-character words: two lengths, the word
 * and a tag of up to 4 letters); the memory is only touched as far as used.
 */
export const MAX_REQUEST = 1 << 19;
export const BUFFER_BYTES = CONTROL_BYTES + MAX_REQUEST * 24;

/**
 * How long the main thread waits for one answer (the first includes the
 * dictionary load, 0.1–0.3 s) before going on without the thread: a thread
 * that died before it could say so (its file missing) costs this much once.
 */
const ANSWER_TIMEOUT_MS = 10_000;

export function writeText(buffer: SharedArrayBuffer, byteOffset: number, text: string): void {
  const units = new Uint16Array(buffer, byteOffset, text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
}

export function readText(buffer: SharedArrayBuffer, byteOffset: number, length: number): string {
  // TextDecoder does not read shared memory: copy out first.
  const units = new Uint16Array(length);
  units.set(new Uint16Array(buffer, byteOffset, length));
  return new TextDecoder('utf-16le').decode(units);
}

export interface SegmenterThread {
  /** A segmenter over the thread that knows `words` (a topic engine's terms); a {@link SegmenterFactory}. */
  segmenterFor: SegmenterFactory;
}

/** Starts the thread, which begins loading jieba at once; `workerFile` is its bundled entry (segmenter-thread-worker.ts). */
export function startSegmenterThread(workerFile: URL, answerTimeoutMs = ANSWER_TIMEOUT_MS): SegmenterThread {
  const buffer = new SharedArrayBuffer(BUFFER_BYTES);
  const control = new Int32Array(buffer, 0, CONTROL_BYTES / 4);
  const worker = new Worker(workerFile, { workerData: buffer });
  // The thread never keeps pdx alive, and its failures surface as a fallback, not a crash.
  worker.unref();
  worker.on('error', () => undefined);
  let usable = true;
  let taken = false;

  /** Sends one request: true when the answer is at ANSWER_AT, false when the thread cannot answer (the caller then works in this thread). */
  const ask = (op: OpCode, text: string): boolean => {
    if (!usable || text.length > MAX_REQUEST) return false;
    writeText(buffer, ANSWER_AT, text);
    Atomics.store(control, OP, op);
    Atomics.store(control, LENGTH, text.length);
    Atomics.store(control, STATE, State.Request);
    Atomics.notify(control, STATE);
    const deadline = Date.now() + answerTimeoutMs;
    let state = Atomics.load(control, STATE);
    while (state === State.Request && Date.now() < deadline) {
      Atomics.wait(control, STATE, State.Request, deadline - Date.now());
      state = Atomics.load(control, STATE);
    }
    if (state !== State.Answer) {
      usable = false;
      void worker.terminate();
      return false;
    }
    Atomics.store(control, STATE, State.Idle);
    return true;
  };

  return {
    segmenterFor(words: readonly string[]): Segmenter {
      // One engine per run; a second would need its own words in the same jieba.
      if (taken || !ask(Op.AddWords, dictionaryLines([...new Set(words)]))) return createSegmenter(words);
      taken = true;
      let local: JiebaCalls | null = null;
      const inThisThread = (): JiebaCalls => (local ??= localJiebaCalls(words));
      const ints = new Int32Array(buffer);
      const first = ANSWER_AT / 4;
      return segmenterOver({
        cutLengths(text: string): number[] {
          if (!ask(Op.Cut, text)) return inThisThread().cutLengths(text);
          return Array.from(ints.subarray(first + 1, first + 1 + ints[first]!));
        },
        tag(text: string): TaggedWord[] {
          if (!ask(Op.Tag, text)) return inThisThread().tag(text);
          const count = ints[first]!;
          const lengths = ints.subarray(first + 1, first + 1 + 2 * count);
          let total = 0;
          for (const length of lengths) total += length;
          const chars = readText(buffer, ANSWER_AT + 4 * (1 + 2 * count), total);
          const words: TaggedWord[] = [];
          let offset = 0;
          for (let i = 0; i < count; i++) {
            const tagAt = offset + lengths[2 * i]!;
            const end = tagAt + lengths[2 * i + 1]!;
            words.push({ word: chars.slice(offset, tagAt), tag: chars.slice(tagAt, end) });
            offset = end;
          }
          return words;
        },
      });
    },
  };
}
