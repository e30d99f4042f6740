/**
 * Small schema-valid documents built by hand, so that the corpus tests state
 * exactly what goes in (dates, topics, directives, 提法) without running the
 * extractor. Spans point at a plain text made of the directives.
 */
import { documentSchema, type DocumentDate, type Modality, type PdxDocument, type Span } from '../../src/schema.js';

export interface DirectiveSpec {
  text: string;
  topics?: string[];
  modality?: Modality | null;
}

export interface ClauseSpec {
  speaker?: string;
  kind?: 'meeting' | 'person' | 'official' | 'text';
  /** [id, label] of each topic of the clause. */
  topics?: [string, string][];
  directives?: DirectiveSpec[];
}

export interface DocumentSpec {
  path?: string;
  title?: string | null;
  /** meeting.date as the schema has it (2024-01-19 or --01-19); no meeting when undefined. */
  date?: string | null;
  body?: string | null;
  clauses?: ClauseSpec[];
  formulations?: { text: string; count?: number; kind?: 'quoted' | 'numbered' }[];
  /** Paragraphs before the clauses (a dated line, say). */
  preface?: string[];
  /** The document's own date; left out like an output written before the field existed when undefined. */
  documentDate?: DocumentDate | null;
}

const SHA = 'a'.repeat(64);

export function makeDocument(spec: DocumentSpec): PdxDocument {
  const paragraphs: Span[] = [];
  let plainText = '';
  const paragraph = (text: string): Span => {
    if (plainText) plainText += '\n';
    const span: Span = [plainText.length, plainText.length + text.length];
    plainText += text;
    paragraphs.push(span);
    return span;
  };
  for (const line of spec.preface ?? []) paragraph(line);
  const clauses = (spec.clauses ?? []).map((clause, index) => {
    const directives = (clause.directives ?? []).map((directive) => ({
      text: directive.text,
      span: paragraph(directive.text),
      modality: directive.modality === undefined ? '要' : directive.modality,
      strength: directive.modality === null ? 0 : 3,
      topics: directive.topics ?? [],
    }));
    const text = directives.map((directive) => directive.text).join('\n') || '会议内容';
    const span: Span = directives.length ? [directives[0]!.span[0], directives[directives.length - 1]!.span[1]] : paragraph(text);
    return {
      index,
      speaker: clause.speaker ?? '会议',
      speakerKind: clause.kind ?? 'meeting',
      cue: '强调' as const,
      cuePhrase: `${clause.speaker ?? '会议'}强调`,
      cueSpan: [span[0], span[0]] as Span,
      text: plainText.slice(span[0], span[1]),
      span,
      paragraph: 0,
      directives,
      topics: (clause.topics ?? []).map(([id, label]) => ({ id, label, score: 0.9, evidence: [{ term: label, count: 1, spans: [span] }] })),
    };
  });
  const place: Span = [0, 0];
  const meeting =
    spec.date === undefined
      ? null
      : {
          name: `${spec.body ?? ''}会议`,
          body: spec.body ?? null,
          kind: '会议',
          session: null,
          sessionYear: null,
          span: place,
          spans: {},
          joint: [],
          date: spec.date,
          datePrecision: spec.date === null ? null : spec.date.startsWith('--') ? ('month-day' as const) : ('day' as const),
          dateText: spec.date,
          yearInferred: false,
          yearSource: null,
          timeOfDay: null,
          place: null,
          chair: [],
          speakers: [],
          attendees: [],
        };
  return documentSchema.parse({
    schemaVersion: 1,
    generator: { name: 'policy-directives', version: '0.0.0-test', dictionaries: [] },
    source: { path: spec.path ?? 'report.html', sha256: SHA, bytes: plainText.length, encoding: 'utf-8', encodingSource: 'string', format: 'text' },
    title: spec.title === undefined ? '测试会议' : spec.title,
    plainText,
    paragraphs,
    ...(spec.documentDate === undefined ? {} : { documentDate: spec.documentDate }),
    clauses,
    meeting,
    agenda: [],
    formulations: (spec.formulations ?? []).map((item) => ({
      text: item.text,
      kind: item.kind ?? 'numbered',
      quoted: true,
      count: item.count ?? 1,
      spans: Array.from({ length: item.count ?? 1 }, () => place),
    })),
    credits: [],
    warnings: [],
  });
}
