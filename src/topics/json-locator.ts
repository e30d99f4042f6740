/**
 * Where each value of a JSON text starts, by path: JSON.parse gives values
 * without positions, and a problem report needs the line. Run only on text
 * that JSON.parse accepted, and only when there is a problem to place.
 */
export type SourcePath = readonly (string | number)[];

export interface Located {
  /** Offset of the member's key (objects only). */
  key: number | null;
  /** Offset of the value's first character. */
  value: number;
}

const WHITE_SPACE = ' \t\n\r';

export function locateJson(text: string): (path: SourcePath) => Located | undefined {
  const offsets = new Map<string, Located>();
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && WHITE_SPACE.includes(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: string[], key: number | null): void => {
    skipSpace();
    offsets.set(JSON.stringify(path), { key, value: i });
    const open = text[i];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      for (let index = 0; i < text.length; index++) {
        skipSpace();
        if (open === '{') {
          const keyAt = i;
          const name = readString();
          skipSpace();
          i++; // the colon
          readValue([...path, name], keyAt);
        } else readValue([...path, String(index)], null);
        skipSpace();
        if (text[i++] === close) return;
      }
    } else if (open === '"') readString();
    else while (i < text.length && !',]}'.includes(text[i]!) && !WHITE_SPACE.includes(text[i]!)) i++;
  };
  readValue([], null);
  return (path) => offsets.get(JSON.stringify(path.map(String)));
}
