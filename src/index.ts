/**
 * policy-directives: turn Chinese government meeting reports into structured,
 * topic-tagged directives. The library has no I/O of its own: it takes bytes or
 * strings and returns schema-v1 documents; the `pdx` CLI is a thin layer on top.
 */
export { extract, PdxArgumentError, type ExtractOptions } from './extract.js';
export {
  documentSchema,
  documentJsonSchema,
  SCHEMA_VERSION,
  CUES,
  MODALITIES,
  type PdxDocument,
  type Clause,
  type Directive,
  type TopicTag,
  type Evidence,
  type Warning,
  type Span,
  type Cue,
  type Modality,
  type DictionaryRef,
  type DocumentDate,
} from './schema.js';
export { WARNING_CODES, isFatal, type WarningCode } from './warnings.js';
export { dictionaryFileSchema, compileDictionaries, fingerprint, type DictionaryFile } from './topics/dictionary.js';
export {
  loadDictionaries,
  formatProblem,
  type DictionarySource,
  type DictionaryProblem,
  type DictionaryMode,
  type LoadResult,
} from './topics/load-dictionaries.js';
export { explainTopics, type TopicExplanation, type ExplainedTopic, type ExplainedTerm, type DroppedTerm } from './topics/explain-topics.js';
export { builtinDictionary } from './topics/builtin.js';
export { createTopicEngine, defaultTopicEngine, type TopicEngine, type TopicEngineOptions } from './topics/topic-engine.js';
export type { Segmenter, SegmenterFactory, TaggedWord } from './topics/segmenter.js';
export { VERSION } from './version.js';
export {
  CorpusStats,
  type CorpusSummary,
  type RowCounts,
  type Tally,
  type TopicRow,
  type PeriodRow,
  type TopicPeriodRow,
  type BodyRow,
  type SpeakerRow,
  type FormulationRow,
  type FormulationPeriodRow,
} from './corpus/corpus-stats.js';
export { periodDate, periodOf, GRANULARITIES, DATE_BASES, UNKNOWN_PERIOD, type Granularity, type DateBasis, type PeriodDate } from './corpus/periods.js';
export { formatStats, STATS_FORMATS, type StatsFormat } from './corpus/format-stats.js';
export {
  diffDocuments,
  formatDiffText,
  DEFAULT_REWORD_THRESHOLD,
  type DocumentDiff,
  type DirectiveRef,
  type Reworded,
  type TopicChange,
  type DiffSide,
} from './corpus/diff-documents.js';
export {
  diffCorpora,
  formatCorpusDiffText,
  corpusDiffCsv,
  compareCounts,
  type CorpusDiff,
  type CorpusSide,
  type CorpusSideInput,
  type Comparison,
  type TopicComparison,
  type FormulationComparison,
  type BodyComparison,
  type SpeakerComparison,
} from './corpus/diff-corpora.js';
export { keyness, chiSquaredUpperTail, KEYNESS_MEASURES, type KeynessMeasure, type Keyness } from './corpus/diff-keyness.js';
export { diceSimilarity } from './corpus/similarity.js';
export { tableHeader, tableRecords, TABLE_COLUMNS, TABLE_ROWS, TABLE_DELIMITERS, type TableRows, type TableFormat } from './output/directive-table.js';
export { renderReport, reportFrame, reportRow, reportSection, reportGranularity, type ReportOptions, type ReportFrame } from './corpus/report-html.js';
export { wordsAndPhrases, logOdds, DEFAULT_PRIOR_SIZE, type LogOddsScore } from './validation/log-odds.js';
export {
  ClauseSampler,
  allocateRows,
  NO_TOPIC_STRATUM,
  type ClauseToSample,
  type SampledClause,
  type Sample,
  type SampleOptions,
  type Stratum,
} from './validation/sample-clauses.js';
export { sheetCsv, readSheet, codedIds, SHEET_COLUMNS, NO_TOPIC, type SheetTable } from './validation/coding-sheet.js';
export {
  scoreCoding,
  codedRowWeights,
  figures,
  type CodedRow,
  type DrawnRow,
  type CodingScore,
  type TopicFigures,
  type Figures,
} from './validation/score-coding.js';
export { cohensKappa, krippendorffAlpha, codingAgreement, type CodingAgreement, type TopicAgreement } from './validation/agreement.js';
export { TermContrast, topicsWithTerm, SUGGEST_DEFAULTS, type TermCandidate, type SuggestOptions, type ClauseRef } from './validation/suggest-terms.js';
export { tagClauseText, topicIdsOfText, clauseTopicIds, taggedWith } from './validation/clause-topics.js';
