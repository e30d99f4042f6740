/**
 * Every diagnostic the library can attach to a document, with a stable code.
 * Codes marked `fatal` mean the input holds no report at all: the CLI counts
 * such an input as failed (exit 1) instead of printing an empty document.
 */
import type { Warning } from './schema.js';

/** Every warning code, whether it is fatal (the input produced no document) and what it means. */
export const WARNING_CODES = {
  EMPTY_INPUT: { fatal: true, meaning: 'the input has no bytes, or only white space' },
  BINARY_INPUT: { fatal: true, meaning: 'the input is binary data (an image, an archive), not text' },
  DOCX_ERROR: { fatal: true, meaning: 'a Word document (.docx) that cannot be read: truncated or damaged' },
  NO_TEXT: { fatal: true, meaning: 'the input holds no readable text, not even a headline' },
  NO_BODY: { fatal: false, meaning: 'the input has a headline but no body text: the document has a title and no clauses' },
  DECODE_ERRORS: { fatal: false, meaning: 'some bytes could not be decoded and became U+FFFD' },
  CHARSET_MISMATCH: { fatal: false, meaning: 'the declared charset contradicts the bytes; they were read as what they are' },
  SELECTOR_NO_MATCH: { fatal: false, meaning: 'the --selector matched nothing; the built-in body rules were used' },
  SELECTOR_INVALID: { fatal: false, meaning: 'the selector is not valid CSS; the built-in body rules were used (the CLI refuses it instead)' },
  NO_CUES: { fatal: false, meaning: 'no 会议指出/强调/要求 cue found: the document has no clauses' },
} as const;

/** A key of {@link WARNING_CODES}. */
export type WarningCode = keyof typeof WARNING_CODES;

export function warning(code: WarningCode, message: string): Warning {
  return { code, message };
}

/** Whether `item` is a fatal warning: the input could not be converted (empty, binary, no text …). */
export function isFatal(item: Warning): boolean {
  return (WARNING_CODES as Record<string, { fatal: boolean }>)[item.code]?.fatal ?? false;
}
