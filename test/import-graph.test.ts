import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, folderGraph } from '../scripts/import-graph.mjs';

describe('the folders of src/', () => {
  it('import each other in one direction only', () => {
    const edges = folderGraph(resolve(import.meta.dirname, '../src'));
    expect(cyclesOf(edges.keys())).toEqual([]);
    // The markup stage comes before the text model, and shared language helpers depend on no stage.
    for (const key of edges.keys()) {
      if (key.startsWith('language →')) expect(key).toBe('language → schema');
      if (key.startsWith('html →')) expect(['html → language', 'html → schema']).toContain(key);
    }
  });

  it('finds a cycle when there is one', () => {
    expect(cyclesOf(['text → html', 'html → text', 'meeting → dates', 'dates → language', 'language → meeting', 'extract → text'])).toEqual([
      ['dates', 'language', 'meeting'],
      ['html', 'text'],
    ]);
    expect(cyclesOf(['a → b', 'b → c'])).toEqual([]);
  });
});
