export {
  loadEngine,
  loadEngineData,
  readLexicon,
  readCedictHeadwords,
  traditionalCharMap,
  LexiconError,
  CEDICT_FREQ,
  type LexiconSources,
  type ReadLexicon,
} from './load';
