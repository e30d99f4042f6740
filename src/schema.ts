/**
 * The output contract (schema version 1). This zod schema is the single source
 * of truth: the TypeScript types below are inferred from it, every document is
 * validated against it before it leaves the library, and `pdx schema` prints
 * its JSON Schema. Fields may be added; none may be renamed or removed without
 * a new `schemaVersion`.
 */
import { z } from 'zod';

/** The version of the output schema; every document carries it as `schemaVersion`. */
export const SCHEMA_VERSION = 1 as const;

const offset = z.number().int().nonnegative();

/** `[start, end)` offsets into the document's `plainText`, in UTF-16 code units. */
export const spanSchema = z
  .tuple([offset, offset])
  .refine(([start, end]) => start <= end, { message: 'span start must not exceed its end' })
  .describe('[start, end) offsets into plainText (UTF-16 code units, end exclusive)');

export const warningSchema = z
  .object({
    code: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .describe('stable machine-readable code, e.g. NO_CUES'),
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

/** The modal words that mark how binding a directive is, strongest first (`必须` must … `倡导` advocate). */
export const MODALITIES = ['必须', '要', '坚持', '确保', '力争', '鼓励', '倡导'] as const;
export const modalitySchema = z.enum(MODALITIES);

export const targetSchema = z.object({
  kind: z.enum(['target', 'deadline']).describe('target: a quantity to reach or spend; deadline: a time limit'),
  text: z.string().min(1).describe('as written, with its verb and qualifiers: 提高10个百分点, 1400多亿元, 到2025年'),
  span: spanSchema,
  value: z.number().optional().describe('the number of a target (60 of 达到60%; 1/3 as 0.333…)'),
  unit: z.string().optional().describe('the unit of a target as written after the number: %, 个百分点, 亿元, 万亿斤'),
  year: z.number().int().optional().describe('the year of a deadline, when it is written (到2025年 → 2025)'),
});

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
    .describe(
      "modality as a scale: 4 必须, 3 要, 2 坚持/确保, 1 力争/鼓励/倡导, 0 none; with no modal word, a directive of a 要求 or 强调 clause carries the cue's force, 3",
    ),
  topics: z.array(z.string()).describe('ids of the clause topics whose evidence lies in this directive'),
  targets: z
    .array(targetSchema)
    .optional()
    .describe('quantitative targets (达到60%, 1400多亿元) and deadlines (年内, 到2025年) inside the directive, in reading order'),
});

/** The reporting verbs that introduce a clause (`指出` pointed out, `强调` stressed, `要求` required …). */
export const CUES = ['指出', '强调', '要求', '认为', '提出', '明确', '号召', '希望', '部署', '指示'] as const;
export const cueSchema = z.enum(CUES);

export const speakerKindSchema = z.enum(['meeting', 'person', 'official', 'text']);

export const FORMULATION_KINDS = ['quoted', 'numbered'] as const;

export const formulationSchema = z.object({
  text: z.string().min(1).describe('the formulation without its quotes: 外防输入、内防反弹, 四个中心; simplified characters even for a traditional report'),
  kind: z.enum(FORMULATION_KINDS).describe('numbered: a formula built on numbers (两新两高, 四个意识, 七有); quoted: any other slogan in “”/「」'),
  span: spanSchema,
});

export const pronounSchema = z
  .object({
    written: z.enum(['他', '她', '他们', '她们']).describe('the pronoun the cue phrase names the speaker by (他强调, 他们认为)'),
    resolved: z
      .boolean()
      .describe(
        'true: speaker is the one the pronoun refers to in the same news item — for 他/她 the person (the one named with a title who opens its sentence or the sentences before, else named with a title last, else the last speaker, else the person the item names again and again as a subject), for 他们/她们 the group that opens its sentence or one of the two before (多国人士表示，……。他们认为 → 多国人士); false: none was found, and speaker is the pronoun as written',
      ),
  })
  .describe('present when the cue phrase names the speaker by a pronoun');

export const clauseSchema = z.object({
  index: z.number().int().nonnegative(),
  speaker: z
    .string()
    .min(1)
    .describe(
      "会议, a person's bare name, an unnamed official, body, side or group as written (发展改革委有关负责人, 农业农村部, 俄方, 国际人士), or a text (文章, 《方案》); 他/她/他们/她们 as written when pronoun.resolved is false",
    ),
  speakerKind: speakerKindSchema.describe('meeting; person; official: unnamed officials, bodies, sides, countries and groups; text'),
  pronoun: pronounSchema.optional(),
  cue: cueSchema.describe('canonical cue verb; in a compound (强调指出) the first verb'),
  cuePhrase: z.string().min(1).describe('the cue expression as written, e.g. 会议强调 or 习近平在主持会议时强调'),
  cueSpan: spanSchema.describe('offsets of cuePhrase in plainText'),
  text: z.string().min(1).describe('the clause body after the cue and its punctuation'),
  span: spanSchema.describe('offsets of text in plainText: plainText.slice(span[0], span[1]) === text'),
  paragraph: z.number().int().nonnegative().describe('index of the paragraph where the clause starts'),
  directives: z.array(directiveSchema),
  topics: z.array(topicTagSchema),
  formulations: z.array(formulationSchema).optional().describe('the 提法 inside the clause, each once (its first appearance), in reading order'),
});

export const sourceSchema = z.object({
  path: z.string().describe('the input path as given, or "-" for standard input'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string().describe('the character encoding the bytes were decoded with'),
  encodingSource: z.enum(['bom', 'declared', 'detected', 'default', 'string']).describe('how the encoding was chosen'),
  format: z.enum(['html', 'text']).describe('html for markup (fragment or page), text for plain text or markdown'),
  container: z
    .enum(['docx'])
    .optional()
    .describe('the file the text was unpacked from: docx for a Word document, whose body is read as html (sha256 and bytes are those of the file)'),
  script: z
    .enum(['simplified', 'traditional'])
    .optional()
    .describe('the characters the report is written in; a traditional report is read in simplified characters, offset for offset, and quoted as written'),
});

export const dictionaryRefSchema = z.object({
  name: z.string(),
  version: z.string(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('sha256 of the normalised dictionary content'),
});

export const personSchema = z.object({
  name: z.string().min(1).describe('the bare name'),
  titles: z.array(z.string().min(1)).describe('the titles written before the name, split on 、, in order'),
  span: spanSchema.describe('offsets of name in plainText'),
});

const sessionSchema = z
  .number()
  .int()
  .positive()
  .nullable()
  .describe('the session number: 第102次, 第一百零二次, 2023年第5次, 十四届全国人大二次会议, 三中全会, 第七届峰会 → 102, 102, 5, 2, 3, 7');

export const meetingRefSchema = z.object({
  name: z
    .string()
    .min(1)
    .describe(
      'the meeting as written: 区生活垃圾分类工作第14次联席会议; with its body before it when the text names the body apart (中共中央政治局10月25日召开会议 → 中共中央政治局会议)',
    ),
  body: z
    .string()
    .nullable()
    .describe(
      'who meets, the name of an organ: 区新冠肺炎疫情防控工作领导小组, 国务院, 中共中央政治局; null when the name gives only a topic or no organ is named; simplified characters even for a traditional report',
    ),
  kind: z
    .string()
    .nullable()
    .describe(
      "常务会议, 联席会议, 工作会议 … as written; a bare 会议 takes its body's kind (政治局会议, 领导小组会议, 常委会会议); simplified characters even for a traditional report",
    ),
  session: sessionSchema,
  sessionYear: z.number().int().nullable().describe('the year a session is counted in (2023年第5次 → 2023)'),
  span: spanSchema.describe('offsets of the name as written in plainText (without a body put before it)'),
  spans: z
    .object({ body: spanSchema.optional(), kind: spanSchema.optional(), session: spanSchema.optional() })
    .describe('where body, kind (when written as such) and session were read'),
});

/** Where a document says when it was published: page meta, an archive comment, a dated line or dateline, its URL, its path. */
export const DOCUMENT_DATE_SOURCES = ['meta', 'comment', 'dated-line', 'url', 'path'] as const;
/** Where the year of a meeting date came from when it was not written with it: the document's date sources, or a year the text writes. */
export const YEAR_SOURCES = [...DOCUMENT_DATE_SOURCES, 'text'] as const;

export const documentDateSchema = z
  .object({
    date: z
      .string()
      .regex(/^(?:\d{4}-\d{2}(?:-\d{2})?|--\d{2}-\d{2})$/)
      .describe('ISO 8601: 2024-01-19; 2024-01 when only the month is known; --04-18 when only month and day are (a dateline without a year)'),
    precision: z.enum(['day', 'month', 'month-day']),
    source: z
      .enum(DOCUMENT_DATE_SOURCES)
      .describe(
        'meta: a date meta tag (PubDate, article:published_time …); comment: an archive comment (<!-- releaseDate: … -->); dated-line: a dated line above the body (发布时间：…, 2017-08-10 来源：…) or a dateline (新华社北京4月18日电); url: the page address (canonical link, og:url, a 查看原文 link); path: the input path',
      ),
  })
  .describe("the document's own date (publication or broadcast), never the date of an event it reports");

export const meetingSchema = meetingRefSchema.extend({
  joint: z.array(meetingRefSchema).describe('the meetings held jointly with it (……第102次会议暨……第14次联席会议)'),
  date: z
    .string()
    .regex(/^(?:\d{4}|-)-\d{2}-\d{2}$/)
    .nullable()
    .describe('ISO 8601: 2020-07-16, or --07-16 (month and day) when the year is known from nowhere'),
  datePrecision: z.enum(['day', 'month-day']).nullable().describe('day: a full date; month-day: month and day only, no year'),
  dateText: z.string().nullable().describe('the date as written: 7月16日, 16日, 今天'),
  yearInferred: z.boolean().describe('true when the year (or, for 16日 and 今天, more) was not written with the date but taken from yearSource'),
  yearSource: z
    .enum(YEAR_SOURCES)
    .nullable()
    .describe(
      'where an inferred year came from: the source of the document date (meta, comment, dated-line, url, path) for 7月16日, 16日, 今天, 昨天, 日前; text when the document has no date and the year is the latest the text writes (总结2011年工作，部署2012年工作)',
    ),
  timeOfDay: z.string().nullable().describe('上午, 下午, 晚 … as written after the date'),
  place: z.string().nullable().describe('where it was held: 京 of 在京召开'),
  chair: z.array(personSchema).describe('who chaired (主持), in reading order'),
  speakers: z.array(personSchema).describe('who spoke (讲话, 发表重要讲话, 致辞), in reading order'),
  attendees: z.array(personSchema).describe('who attended (出席, 参加, 列席), in reading order'),
  spans: z.object({
    body: spanSchema.optional(),
    kind: spanSchema.optional(),
    session: spanSchema.optional(),
    date: spanSchema.optional(),
    timeOfDay: spanSchema.optional(),
    place: spanSchema.optional(),
  }),
});

export const creditSchema = z.object({
  role: z.string().min(1).describe('as written: 记者, 通讯员, 责任编辑, 责编'),
  names: z.array(z.string().min(1)),
  span: spanSchema.describe('offsets of the credit from its role to its last name'),
});

export const agendaItemSchema = z.object({
  verb: z.string().min(1).describe('the procedure verb as written: 审议通过, 听取, 研究部署, 传达学习'),
  object: z.string().min(1).describe('what it acts on: 《……》, ……工作汇报'),
  text: z.string().min(1),
  span: spanSchema.describe('offsets of text (verb through object) in plainText'),
});

export const documentFormulationSchema = z.object({
  text: z.string().min(1),
  kind: z.enum(FORMULATION_KINDS),
  quoted: z.boolean().describe('whether the document puts it in quotes at least once'),
  count: z.number().int().positive(),
  spans: z.array(spanSchema).min(1).describe('every occurrence where policy speaks, quoted or not, in reading order'),
});

/** The zod schema of a whole output document (schema version 1); `documentSchema.parse(value)` validates one. */
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
  documentDate: documentDateSchema.nullable().optional().describe('the date of the document itself, with its source; null when the input gives none'),
  meeting: meetingSchema
    .nullable()
    .optional()
    .describe(
      'the meeting the report is about; null when it reports none (a talk, tour, letter, editorial, digest, press conference) or only mentions, studies, looks back on or schedules one',
    ),
  agenda: z.array(agendaItemSchema).optional().describe('procedure items of the meeting that are not directives, in reading order'),
  formulations: z
    .array(documentFormulationSchema)
    .optional()
    .describe('the 提法 of the document where policy speaks (inside clauses; anywhere in a report about a meeting), in order of first appearance'),
  credits: z.array(creditSchema).optional().describe('reporter and editor credits'),
  warnings: z.array(warningSchema),
});

/** A `[start, end)` range of UTF-16 offsets into the document's `plainText`. */
export type Span = z.infer<typeof spanSchema>;
/** A problem met while extracting: a code from {@link WARNING_CODES}, a message and, where it applies, a span. */
export type Warning = z.infer<typeof warningSchema>;
/** A dictionary term that fired in a clause, how often and where: why a topic was tagged. */
export type Evidence = z.infer<typeof evidenceSchema>;
/** A topic tagged on a clause: the topic's id and label, its score and the evidence for it. */
export type TopicTag = z.infer<typeof topicTagSchema>;
/** One of {@link MODALITIES}. */
export type Modality = z.infer<typeof modalitySchema>;
/** One instruction within a clause: its text and span, modality and strength, topics and targets. */
export type Directive = z.infer<typeof directiveSchema>;
/** One of {@link CUES}. */
export type Cue = z.infer<typeof cueSchema>;
export type SpeakerKind = z.infer<typeof speakerKindSchema>;
/** How a clause's speaker was read from a pronoun (他/她, 他们/她们), and whether the one it stands for was found. */
export type Pronoun = z.infer<typeof pronounSchema>;
/** A passage of the report attributed to a speaker and introduced by a cue, with its directives and topics. */
export type Clause = z.infer<typeof clauseSchema>;
export type Source = z.infer<typeof sourceSchema>;
/** A topic dictionary that was used: its name, version and the sha256 of its content (recorded in `generator.dictionaries`). */
export type DictionaryRef = z.infer<typeof dictionaryRefSchema>;
/** A whole output document, as {@link extract} returns it and {@link documentSchema} validates it. */
export type PdxDocument = z.infer<typeof documentSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Formulation = z.infer<typeof formulationSchema>;
export type DocumentFormulation = z.infer<typeof documentFormulationSchema>;
export type Person = z.infer<typeof personSchema>;
export type MeetingRef = z.infer<typeof meetingRefSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type YearSource = z.infer<typeof meetingSchema>['yearSource'];
/** The date of a document itself (see {@link documentDateSchema}). */
export type DocumentDate = z.infer<typeof documentDateSchema>;
export type DocumentDateSource = DocumentDate['source'];
export type Credit = z.infer<typeof creditSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** The JSON Schema (draft 2020-12) of a document, as `pdx schema` prints it. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://policy-directives/schema/v${SCHEMA_VERSION}.json`,
    title: 'policy-directives document',
    ...z.toJSONSchema(documentSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
