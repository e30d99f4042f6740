/**
 * Keeping a batch's peak memory flat. Each report leaves a little garbage in
 * V8's old generation, which is only collected when it reaches a limit set at
 * several times the live heap: left alone, the heaps of the workers (which
 * convert) and of the main thread (which receives and writes every document)
 * grow with the number of reports for the first few thousand, and so does the
 * peak RSS. A full collection whenever this much has piled up in the old
 * generation since the last keeps the peak flat, at one collection of a few
 * milliseconds per several hundred reports.
 *
 * A thread cannot be started with --expose-gc, so the collector is fetched the
 * way jest's leak detector does, and the flag is put back at once: V8 checks a
 * code cache against the flags it was made under, and a changed flag would
 * make every cache pdx saves look stale.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const GARBAGE_ALLOWANCE = 16 * 1024 * 1024;

/** Bytes in use in the old generation (the young one empties itself often and cheaply). */
function oldGeneration(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'old_space' || space.space_name === 'large_object_space') used += space.space_used_size;
  return used;
}

/** A function to call now and then (after each chunk of reports): it collects when enough garbage has piled up. */
export function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  let afterCollection = 0;
  return () => {
    if (oldGeneration() <= afterCollection + GARBAGE_ALLOWANCE) return;
    collect();
    afterCollection = oldGeneration();
  };
}
