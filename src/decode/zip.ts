/**
 * Reading named files out of a zip archive in memory, synchronously: what a
 * .docx needs (PKWARE APPNOTE 4.3: end of central directory → central
 * directory → local header → data, stored or deflated). Synchronous so that
 * `extract`, a plain function, can open Word documents; the few entries a
 * document needs are inflated with node:zlib, checked against their CRC-32
 * and size, and capped so that a zip bomb fails instead of filling memory.
 */
import { crc32, inflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
/** No part of a Word document needs more; a larger claim is a damaged or hostile archive. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

/** A zip that cannot be read: truncated, damaged, or using a feature this reader leaves out. */
export class ZipError extends Error {}

interface Entry {
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  /** Entry names in central-directory order. */
  names: string[];
  /** The bytes of an entry, or null when there is no such entry; throws ZipError when it cannot be read. */
  read(name: string): Uint8Array | null;
}

/** Whether the bytes start like a zip archive (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function findEnd(data: DataView): number {
  const stop = Math.max(0, data.byteLength - END_SEARCH);
  for (let at = data.byteLength - 22; at >= stop; at--) {
    if (data.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipError('its end record is missing (the file is truncated)');
}

function readEntries(bytes: Uint8Array): Entry[] {
  const data = view(bytes);
  const end = findEnd(data);
  const count = data.getUint16(end + 10, true);
  const offset = data.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('it is a ZIP64 archive, which no Word document needs');
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.getUint32(at, true) !== CENTRAL_HEADER) throw new ZipError('its central directory is damaged');
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const skip = nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw new ZipError('its central directory is damaged');
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      // Bit 11: the name is UTF-8; otherwise code page 437, which agrees with latin1 on the ASCII names of Office parts.
      name: (flags & 0x800 ? utf8 : latin1).decode(rawName),
      method: data.getUint16(at + 10, true),
      encrypted: (flags & 1) !== 0,
      crc: data.getUint32(at + 16, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

function readEntry(bytes: Uint8Array, entry: Entry): Uint8Array {
  const data = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER) throw new ZipError(`the entry ${entry.name} is damaged`);
  if (entry.encrypted) throw new ZipError(`the entry ${entry.name} is encrypted`);
  if (entry.size > MAX_ENTRY_BYTES) throw new ZipError(`the entry ${entry.name} claims ${entry.size} bytes, more than any report`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipError(`the entry ${entry.name} is cut short (the file is truncated)`);
  const stored = bytes.subarray(start, start + entry.compressedSize);
  let content: Uint8Array;
  if (entry.method === 0) content = stored;
  else if (entry.method === 8) {
    try {
      // One byte more than it claims, so that an entry longer than it says is caught below instead of cut.
      content = inflateRawSync(stored, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      throw new ZipError(`the entry ${entry.name} cannot be inflated (${(error as Error).message})`);
    }
  } else throw new ZipError(`the entry ${entry.name} uses compression method ${entry.method}, which Word does not write`);
  if (content.length !== entry.size || crc32(content) !== entry.crc) throw new ZipError(`the entry ${entry.name} is damaged (its checksum does not match)`);
  return content;
}

/** Opens a zip archive held in memory; throws ZipError when its directory cannot be read. */
export function openZip(bytes: Uint8Array): ZipArchive {
  const entries = readEntries(bytes);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    names: entries.map((entry) => entry.name),
    read(name) {
      const entry = byName.get(name);
      return entry ? readEntry(bytes, entry) : null;
    },
  };
}

/**
 * The entry names of the local headers from the start of the archive, as far
 * as they can be followed: what a truncated archive, whose central directory
 * is gone, still tells about its content.
 */
export function localNames(bytes: Uint8Array, limit = 64): string[] {
  const data = view(bytes);
  const names: string[] = [];
  let at = 0;
  while (names.length < limit && at + 30 <= bytes.length && data.getUint32(at, true) === LOCAL_HEADER) {
    const flags = data.getUint16(at + 6, true);
    const nameLength = data.getUint16(at + 26, true);
    const extraLength = data.getUint16(at + 28, true);
    if (at + 30 + nameLength > bytes.length) break;
    names.push(latin1.decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    // Bit 3: the sizes follow the data, so the next header cannot be found from this one.
    if (flags & 0x8) break;
    at += 30 + nameLength + extraLength + data.getUint32(at + 18, true);
  }
  return names;
}
