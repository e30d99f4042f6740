import type { documentSchema as DocumentSchema, PdxDocument } from '../src/index.js';

export function random(seed: number): () => number;
export function documentProblems(doc: PdxDocument, documentSchema: typeof DocumentSchema): string[];
