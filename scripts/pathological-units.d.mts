export interface PathologicalUnit {
  unit: string | ((i: number) => string);
  before?: string;
  after?: string;
  scan: string;
  parser?: boolean;
  testRepeats?: number;
}
export const PATHOLOGICAL_UNITS: readonly PathologicalUnit[];
export function unitText(spec: PathologicalUnit, i: number): string;
export function pathologicalInput(spec: PathologicalUnit, repeats: number): Uint8Array;
