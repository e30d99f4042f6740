/**
 * Word documents (.docx), told by their content, not their name: a zip whose
 * [Content_Types].xml names a WordprocessingML main part. The main part is
 * read into a small HTML fragment that the rest of the pipeline reads like
 * any page: a paragraph <p>, a paragraph in a heading or title style <h1>–<h6>,
 * a line break <br>, tables as tables. Only the body is read: no headers,
 * footers, footnotes or comments, no deleted text (tracked changes), no field
 * codes, and a text box once (its fallback copy for old readers is skipped).
 *
 * Synchronous, with node:zlib (zip.ts), so that `extract` stays a plain
 * function; mammoth, which the batch command used before, is asynchronous only.
 */
import { Parser } from 'htmlparser2';
import { localNames, looksLikeZip, openZip, ZipError, type ZipArchive } from './zip.js';

export type DocxReading =
  /** Not a zip archive at all: the caller reads the bytes as text. */
  | { kind: 'not-zip' }
  /** A Word document: its body as an HTML fragment. */
  | { kind: 'docx'; html: string }
  /** A Word document (or what is left of one) that cannot be read. */
  | { kind: 'broken'; message: string }
  /** A zip archive that is no Word document (a spreadsheet, a presentation, any archive). */
  | { kind: 'other-archive'; message: string };

const WORD_MAIN =
  /^application\/vnd\.(?:openxmlformats-officedocument\.wordprocessingml\.(?:document|template)\.main|ms-word\.(?:document|template)\.macroEnabled\.main)\+xml$/;
const utf8 = new TextDecoder('utf-8');

/** Calls `visit(name, attributes)` for every element of an XML part, names as written (with their prefix). */
function eachElement(xml: string, visit: (name: string, attributes: Record<string, string>) => void): void {
  const parser = new Parser({ onopentag: visit }, { xmlMode: true });
  parser.end(xml);
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The main part's name: from the content types, or word/document.xml where they name none. */
function mainPart(zip: ZipArchive): string | null {
  const types = zip.read('[Content_Types].xml');
  let part: string | null = null;
  if (types) {
    eachElement(utf8.decode(types), (name, attributes) => {
      if (part === null && localName(name) === 'Override' && WORD_MAIN.test(attributes['ContentType'] ?? ''))
        part = (attributes['PartName'] ?? '').replace(/^\//, '');
    });
  }
  if (part !== null && zip.names.includes(part)) return part;
  return zip.names.includes('word/document.xml') ? 'word/document.xml' : null;
}

const HEADING_STYLE = /^(?:heading ([1-6])|title)$/i;

/** Paragraph style ids whose name is a heading or the title, with their level (the title is 1). */
function headingStyles(zip: ZipArchive, stylesPart: string): Map<string, number> {
  const levels = new Map<string, number>();
  const styles = zip.read(stylesPart);
  if (!styles) return levels;
  let styleId: string | null = null;
  eachElement(utf8.decode(styles), (name, attributes) => {
    const local = localName(name);
    const value = (key: string): string | undefined => attributes[`${name.slice(0, name.length - local.length)}${key}`];
    if (local === 'style') styleId = value('type') === 'paragraph' ? (value('styleId') ?? null) : null;
    else if (local === 'name' && styleId !== null) {
      const match = HEADING_STYLE.exec(value('val') ?? '');
      if (match) levels.set(styleId, Number(match[1] ?? 1));
      styleId = null;
    }
  });
  return levels;
}

/** A table, its rows and cells, as HTML. */
const TABLE_TAGS = { tbl: 'table', tr: 'tr', tc: 'td' } as const;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The body of a WordprocessingML main part as an HTML fragment. */
function bodyHtml(xml: string, headings: ReadonlyMap<string, number>): string {
  const out: string[] = [];
  // Paragraphs nest (a text box inside a paragraph holds paragraphs of its own): one buffer each.
  const paragraphs: { html: string; level: number }[] = [];
  let prefix: string | null = null; // the WordprocessingML prefix, from the root element
  let inText = false;
  let skipped = 0; // depth inside an element whose content is not read
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (prefix === null) prefix = name.slice(0, name.length - localName(name).length);
        if (skipped > 0 || name === 'mc:Fallback') {
          skipped++;
          return;
        }
        if (!name.startsWith(prefix)) return;
        const current = paragraphs[paragraphs.length - 1];
        switch (localName(name)) {
          case 'p':
            paragraphs.push({ html: '', level: 0 });
            break;
          case 'pStyle':
            if (current) current.level = headings.get(attributes[`${prefix}val`] ?? '') ?? 0;
            break;
          case 't':
            inText = true;
            break;
          case 'tab':
            if (current && !inText) current.html += ' ';
            break;
          case 'br':
          case 'cr':
            if (current && attributes[`${prefix}type`] !== 'page' && attributes[`${prefix}type`] !== 'column') current.html += '<br>';
            break;
          case 'noBreakHyphen':
            if (current) current.html += '-';
            break;
          case 'tbl':
          case 'tr':
          case 'tc':
            out.push(`<${TABLE_TAGS[localName(name) as keyof typeof TABLE_TAGS]}>`);
            break;
          // A field's code and deleted runs are not the document's text; tab stops are no tabs.
          case 'instrText':
          case 'delText':
          case 'tabs':
            skipped++;
            break;
        }
      },
      onclosetag(name) {
        if (skipped > 0) {
          skipped--;
          return;
        }
        if (prefix === null || !name.startsWith(prefix)) return;
        switch (localName(name)) {
          case 't':
            inText = false;
            break;
          case 'p': {
            const paragraph = paragraphs.pop()!;
            // Empty paragraphs are Word's spacing, not text.
            if (!paragraph.html.replace(/<br>/g, '').trim()) break;
            const tag = paragraph.level > 0 ? `h${paragraph.level}` : 'p';
            out.push(`<${tag}>${paragraph.html}</${tag}>`);
            break;
          }
          case 'tbl':
          case 'tr':
          case 'tc':
            out.push(`</${TABLE_TAGS[localName(name) as keyof typeof TABLE_TAGS]}>`);
            break;
        }
      },
      ontext(text) {
        const current = paragraphs[paragraphs.length - 1];
        if (inText && skipped === 0 && current) current.html += escapeHtml(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return out.join('\n');
}

function describeArchive(names: readonly string[]): string {
  if (names.some((name) => name.startsWith('xl/'))) return 'an Excel workbook (.xlsx), not a report: save the sheet as text or HTML';
  if (names.some((name) => name.startsWith('ppt/'))) return 'a PowerPoint presentation (.pptx), not a report: save it as text or HTML';
  return 'a zip archive, not a report: unpack it and convert its files (pdx batch DIR)';
}

const OFFICE_PARTS = /^(?:\[Content_Types\]\.xml|_rels\/\.rels|word\/|docProps\/)/;

/**
 * Reads `bytes` as a Word document when they are one. A zip whose directory
 * cannot be read is a broken Word document when its local headers name Office
 * parts, else some other damaged archive.
 */
export function readDocx(bytes: Uint8Array): DocxReading {
  if (!looksLikeZip(bytes)) return { kind: 'not-zip' };
  let zip: ZipArchive;
  try {
    zip = openZip(bytes);
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    const names = localNames(bytes);
    if (names.some((name) => name.startsWith('xl/') || name.startsWith('ppt/'))) return { kind: 'other-archive', message: describeArchive(names) };
    if (names.some((name) => OFFICE_PARTS.test(name)))
      return { kind: 'broken', message: `the Word document cannot be read: ${error.message}; open it in Word or LibreOffice and save it again` };
    return { kind: 'other-archive', message: `a damaged zip archive (${error.message}), not a report` };
  }
  try {
    const main = mainPart(zip);
    if (main === null) return { kind: 'other-archive', message: describeArchive(zip.names) };
    const document = zip.read(main)!;
    const stylesPart = main.replace(/[^/]*$/, 'styles.xml');
    return { kind: 'docx', html: bodyHtml(utf8.decode(document), headingStyles(zip, stylesPart)) };
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return { kind: 'broken', message: `the Word document cannot be read: ${error.message}; open it in Word or LibreOffice and save it again` };
  }
}
