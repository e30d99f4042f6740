import type { documentSchema as DocumentSchema, PdxDocument } from '../src/index.js';

export function random(seed: number): () => number;
export function sample<T>(items: readonly T[], count: number, next: () => number): T[];
export function documentProblems(doc: PdxDocument, documentSchema: typeof DocumentSchema): string[];
