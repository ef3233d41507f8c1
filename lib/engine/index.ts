/**
 * Unspun's substitution engine. Pure TypeScript (no react, next, node:fs or DOM): build an
 * engine once from its data (`createEngine(data)`), then `detect` findings in any string and
 * `applyFindings` / `undo` them exactly. Node code loads the data with `loadEngine()` from
 * `lib/lexicon`; a browser can receive serialised data and call `createEngine` itself.
 */
export {
  createEngine,
  RECOMMENDED_CONFIDENCE,
  HINT_CONFIDENCE,
  CERTAIN_CONFIDENCE,
  type Engine,
  type EngineExtras,
  type InspectedCandidate,
} from './engine';
export { FEATURES, DEFAULT_WEIGHTS, type Weights, type FeatureName } from './features';
export {
  decodeLanguageModel,
  encodeLanguageModel,
  lmVocabulary,
  type LanguageModel,
  type LmSource,
  type LmTrie,
} from './lm';
export { buildWordTables, wordModelFromTables, type WordModel, type WordTables } from './words';
export { applyFindings, undo, type Applied, type AppliedEdit } from './apply';
export {
  buildEngineData,
  buildWordData,
  serializeEngineData,
  parseEngineData,
  parseJiebaDict,
  type EngineDataInput,
} from './data';
export {
  validateLexiconFile,
  validateWith,
  compileLexicon,
  lexiconFileSchema,
  lexiconEntrySchema,
  wordListSchema,
  type LexiconFile,
  type LexiconEntry,
  type WordList,
  type CompiledLexicon,
  type Validated,
} from './lexicon-schema';
export { KINDS } from './types';
export type {
  Finding,
  DetectOptions,
  TextRange,
  Kind,
  EngineData,
  EngineEntry,
  ContextConditions,
  Cues,
  EngineInfo,
} from './types';
