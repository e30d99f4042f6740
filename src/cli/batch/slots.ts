/**
 * Shared memory through which `pdx batch` workers hand converted documents to
 * the main thread, which writes them. Bytes posted in a message arrive as a
 * new ArrayBuffer of the main thread, outside its heap; the main thread
 * allocates little else, so V8 freed them only when they reached its 64 MB
 * limit for such memory, and peak memory grew with the archive (on 19,318
 * reports the main thread held 64 MB of them; now about 5 MB). Instead a worker encodes
 * a chunk's documents, back to back, into a free slot of a pool made once and
 * shared by every worker, and sends only their lengths; the main thread writes
 * them from the slot and frees it. A chunk that finds no slot free, or does
 * not fit in one, is sent as bytes as before.
 */

const FREE = 0;
const TAKEN = 1;
/** Bytes of one slot: a chunk of 16 typical reports takes about 60 kB. */
export const SLOT_BYTES = 1 << 19;

export interface Slots {
  /** One Int32 per slot: FREE or TAKEN. */
  flags: SharedArrayBuffer;
  buffers: SharedArrayBuffer[];
}

/** `count` slots, all free; their memory is touched only as far as documents are written to it. */
export function createSlots(count: number): Slots {
  return { flags: new SharedArrayBuffer(4 * count), buffers: Array.from({ length: count }, () => new SharedArrayBuffer(SLOT_BYTES)) };
}

/** Takes a free slot for a chunk of `bytes`: its index, or -1 when none is free or the chunk does not fit. */
export function claimSlot(slots: Slots, bytes: number): number {
  if (bytes > SLOT_BYTES) return -1;
  const flags = new Int32Array(slots.flags);
  for (let slot = 0; slot < flags.length; slot++) if (Atomics.compareExchange(flags, slot, FREE, TAKEN) === FREE) return slot;
  return -1;
}

/** Gives a slot back once what it held is written. */
export function releaseSlot(slots: Slots, slot: number): void {
  Atomics.store(new Int32Array(slots.flags), slot, FREE);
}
