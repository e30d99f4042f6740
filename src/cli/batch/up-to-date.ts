/**
 * Resuming: an output is up to date when it is newer than its input and was
 * made by this same generator (tool version and the sha256 of every topic
 * dictionary), as the `generator` field it carries says. Anything else — an
 * older or unreadable output, another version, other dictionaries — is redone.
 */
import { readFileSync, statSync } from 'node:fs';
import type { PdxDocument } from '../../schema.js';

export function isUpToDate(input: string, output: string, generator: PdxDocument['generator']): boolean {
  const outputStat = statSync(output, { throwIfNoEntry: false });
  const inputStat = statSync(input, { throwIfNoEntry: false });
  if (!outputStat || !inputStat || outputStat.mtimeMs <= inputStat.mtimeMs) return false;
  try {
    const existing = JSON.parse(readFileSync(output, 'utf8')) as { generator?: unknown };
    return JSON.stringify(existing.generator) === JSON.stringify(generator);
  } catch {
    return false;
  }
}
