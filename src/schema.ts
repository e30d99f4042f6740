/**
 * The output contract (schema version 1). This zod schema is the single source
 * of truth: the TypeScript types below are inferred from it, every document is
 * validated against it before it leaves the library, and `pdx schema` prints
 * its JSON Schema. Fields may be added; none may be renamed or removed without
 * a new `schemaVersion`.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const offset = z.number().int().nonnegative();

/** `[start, end)` offsets into the document's `plainText`, in UTF-16 code units. */
export const spanSchema = z
  .tuple([offset, offset])
  .refine(([start, end]) => start <= end, { message: 'span start must not exceed its end' })
  .describe('[start, end) offsets into plainText (UTF-16 code units, end exclusive)');

export const warningSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/).describe('stable machine-readable code, e.g. NO_CUES'),
    message: z.string().min(1),
    span: spanSchema.optional().describe('where in plainText the warning applies, when it has a place'),
  })
  .describe('a problem found in the input; the document is still usable');

export const evidenceSchema = z.object({
  term: z.string().min(1).describe('the dictionary term that fired'),
  count: z.number().int().positive(),
  spans: z.array(spanSchema).min(1),
});

export const topicTagSchema = z.object({
  id: z.string().min(1).describe('topic id from the active dictionary (taxonomy ids are part of the contract)'),
  label: z.string().describe('the topic label in Chinese'),
  score: z.number().min(0).max(1).describe('confidence from the summed term weights, 0..1'),
  evidence: z.array(evidenceSchema).min(1),
});

export const MODALITIES = ['必须', '要', '坚持', '确保', '力争', '鼓励', '倡导'] as const;
export const modalitySchema = z.enum(MODALITIES);

export const directiveSchema = z.object({
  text: z.string().min(1),
  span: spanSchema,
  modality: modalitySchema
    .nullable()
    .describe('the modal head of the directive (必须 > 要 > 坚持/确保 > 力争 > 鼓励/倡导); null for a statement or assessment'),
  strength: z
    .number()
    .int()
    .min(0)
    .max(4)
    .describe('modality as a scale: 4 必须, 3 要, 2 坚持/确保, 1 力争/鼓励/倡导, 0 none'),
  topics: z.array(z.string()).describe('ids of the clause topics whose evidence lies in this directive'),
});

export const CUES = ['指出', '强调', '要求', '认为', '提出', '明确', '号召', '希望', '部署', '指示'] as const;
export const cueSchema = z.enum(CUES);

export const speakerKindSchema = z.enum(['meeting', 'person', 'official', 'text']);

export const clauseSchema = z.object({
  index: z.number().int().nonnegative(),
  speaker: z.string().min(1).describe('会议, a person\'s bare name, an unnamed official as written, or a text (文章, 《方案》)'),
  speakerKind: speakerKindSchema,
  cue: cueSchema.describe('canonical cue verb; in a compound (强调指出) the first verb'),
  cuePhrase: z.string().min(1).describe('the cue expression as written, e.g. 会议强调 or 习近平在主持会议时强调'),
  cueSpan: spanSchema.describe('offsets of cuePhrase in plainText'),
  text: z.string().min(1).describe('the clause body after the cue and its punctuation'),
  span: spanSchema.describe('offsets of text in plainText: plainText.slice(span[0], span[1]) === text'),
  paragraph: z.number().int().nonnegative().describe('index of the paragraph where the clause starts'),
  directives: z.array(directiveSchema),
  topics: z.array(topicTagSchema),
});

export const sourceSchema = z.object({
  path: z.string().describe('the input path as given, or "-" for standard input'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string().describe('the character encoding the bytes were decoded with'),
  encodingSource: z.enum(['bom', 'declared', 'detected', 'default', 'string']).describe('how the encoding was chosen'),
  format: z.enum(['html', 'text']).describe('html for markup (fragment or page), text for plain text or markdown'),
});

export const dictionaryRefSchema = z.object({
  name: z.string(),
  version: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the normalised dictionary content'),
});

export const documentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({
    name: z.literal('policy-directives'),
    version: z.string(),
    dictionaries: z.array(dictionaryRefSchema).describe('the topic dictionaries that produced the tags'),
  }),
  source: sourceSchema,
  title: z.string().nullable().describe('the headline without site or column names; null when none was found'),
  plainText: z.string().describe('the article body as plain text; every span points into it'),
  paragraphs: z.array(spanSchema).describe('offsets of each paragraph in plainText, in reading order'),
  clauses: z.array(clauseSchema),
  warnings: z.array(warningSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type TopicTag = z.infer<typeof topicTagSchema>;
export type Modality = z.infer<typeof modalitySchema>;
export type Directive = z.infer<typeof directiveSchema>;
export type Cue = z.infer<typeof cueSchema>;
export type SpeakerKind = z.infer<typeof speakerKindSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type DictionaryRef = z.infer<typeof dictionaryRefSchema>;
export type PdxDocument = z.infer<typeof documentSchema>;

/** The JSON Schema (draft 2020-12) of a document, as `pdx schema` prints it. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://policy-directives/schema/v${SCHEMA_VERSION}.json`,
    title: 'policy-directives document',
    ...z.toJSONSchema(documentSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
