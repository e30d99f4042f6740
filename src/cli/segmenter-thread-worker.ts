/**
 * The helper thread of segmenter-thread.ts: loads jieba at once, then answers
 * requests on the shared buffer until the process ends.
 */
import { workerData } from 'node:worker_threads';
import type { Jieba } from '@node-rs/jieba';
import { addDictionaryLines, jiebaCalls, loadBaseJieba, type JiebaCalls } from '../topics/segmenter.js';
import { ANSWER_AT, BUFFER_BYTES, CONTROL_BYTES, LENGTH, Op, OP, readText, State, STATE, writeText } from './segmenter-thread.js';

const buffer = workerData as SharedArrayBuffer;
const control = new Int32Array(buffer, 0, CONTROL_BYTES / 4);
const ints = new Int32Array(buffer);
const FIRST_INT = ANSWER_AT / 4;

function answer(jieba: Jieba, calls: JiebaCalls, op: number, text: string): boolean {
  if (op === Op.AddWords) {
    addDictionaryLines(jieba, text);
    return true;
  }
  if (op === Op.Cut) {
    const lengths = calls.cutLengths(text);
    ints[FIRST_INT] = lengths.length;
    ints.set(lengths, FIRST_INT + 1);
    return true;
  }
  const words = calls.tag(text);
  const charsAt = ANSWER_AT + 4 * (1 + 2 * words.length);
  const chars = words.map(({ word, tag }) => word + tag).join('');
  if (charsAt + 2 * chars.length > BUFFER_BYTES) return false;
  ints[FIRST_INT] = words.length;
  words.forEach(({ word, tag }, i) => {
    ints[FIRST_INT + 1 + 2 * i] = word.length;
    ints[FIRST_INT + 2 + 2 * i] = tag.length;
  });
  writeText(buffer, charsAt, chars);
  return true;
}

function serve(): void {
  let jieba: Jieba | null = null;
  let calls: JiebaCalls | null = null;
  try {
    jieba = loadBaseJieba();
    calls = jiebaCalls(jieba);
  } catch {
    // Every request is then answered Failed, and the main thread loads jieba itself.
  }
  for (;;) {
    const state = Atomics.load(control, STATE);
    if (state !== State.Request) {
      Atomics.wait(control, STATE, state);
      continue;
    }
    let done = false;
    try {
      if (jieba && calls) done = answer(jieba, calls, Atomics.load(control, OP), readText(buffer, CONTROL_BYTES, Atomics.load(control, LENGTH)));
    } catch {
      done = false;
    }
    Atomics.store(control, STATE, done ? State.Answer : State.Failed);
    Atomics.notify(control, STATE);
  }
}

serve();
