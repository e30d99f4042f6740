export const MIN_UTF8_SHARE: number;
export const STRAY_COUNTS: readonly number[];
export const MIN_BODY_BYTES: number;
export function insertStrayBytes(bytes: Uint8Array, count: number, next: () => number): Uint8Array;
export function legacyEncoder(encoding: 'gbk' | 'big5'): (text: string) => Uint8Array;
