/**
 * An error pdx did not foresee (a bug) is reported in one line, exit 2, with
 * no stack trace unless PDX_DEBUG asks for one: pdx's own code is made to
 * fail here by replacing the function `pdx schema` calls.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/schema.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/schema.js')>()),
  documentJsonSchema: () => {
    throw new Error('the schema could not be built');
  },
}));

const { main } = await import('../../src/cli/program.js');

function stderrOf(run: () => Promise<number>): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  return run().then((code) => {
    spy.mockRestore();
    return { code, stderr };
  });
}

afterEach(() => {
  delete process.env['PDX_DEBUG'];
});

describe('an unexpected error', () => {
  it('is one line on stderr, exit 2, without a stack trace', async () => {
    const { code, stderr } = await stderrOf(() => main(['node', 'pdx', 'schema']));
    expect(code).toBe(2);
    expect(stderr).toBe('pdx: fatal: the schema could not be built (PDX_DEBUG=1 shows where it happened)\n');
  });

  it('comes with its stack trace when PDX_DEBUG is set', async () => {
    process.env['PDX_DEBUG'] = '1';
    const { code, stderr } = await stderrOf(() => main(['node', 'pdx', 'schema']));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^pdx: fatal: the schema could not be built\nError: the schema could not be built\n {4}at /);
  });
});
