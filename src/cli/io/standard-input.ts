/**
 * Standard input, for every command that reads it ("-", or no input named):
 * the one place that reads process.stdin. It can be read only once, and never
 * from a terminal, where a run would sit waiting for text nobody means to type.
 */

/** Why standard input cannot be read as `paths` ask ("-" standing for it), or null. `noInput` says what to give instead. */
export function standardInputProblem(paths: readonly string[], noInput: string): string | null {
  if (paths.filter((path) => path === '-').length > 1) return 'standard input ("-") can be read only once';
  if (paths.includes('-') && process.stdin.isTTY) return noInput;
  return null;
}

/** The chunks of standard input as they come. */
export function standardInputChunks(): AsyncIterable<Buffer> {
  return process.stdin as AsyncIterable<Buffer>;
}

/** All the bytes of standard input. */
export async function readStandardInput(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of standardInputChunks()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const WHITE_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Standard input with its first byte that is no white space (after a UTF-8
 * byte order mark) known before the rest is read, so that a command can tell
 * JSON ({ or [) from a report; `chunks` still yields every byte.
 */
export async function peekStandardInput(): Promise<{ firstByte: number | undefined; chunks: AsyncGenerator<Buffer> }> {
  const source = standardInputChunks()[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let firstByte: number | undefined;
  while (firstByte === undefined) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
    const bytes = Buffer.concat(head);
    const start = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? UTF8_BOM.length : 0;
    firstByte = bytes.subarray(start).find((byte) => !WHITE_SPACE.has(byte));
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    yield* head;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  return { firstByte, chunks: chunks() };
}
