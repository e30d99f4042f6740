export function folderGraph(src: string): Map<string, string[]>;
export function cyclesOf(edgeKeys: Iterable<string>): string[][];
