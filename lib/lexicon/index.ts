export {
  loadEngine,
  loadEngineData,
  readLexicon,
  readWeights,
  readLanguageModel,
  readCedictHeadwords,
  traditionalCharMap,
  LexiconError,
  CEDICT_FREQ,
  type LexiconSources,
  type ReadLexicon,
} from './load';
