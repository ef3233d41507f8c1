/**
 * The dictionary's data types: what the build writes as JSON and what popups read.
 * Plain data only (no functions), so the same shapes travel from build scripts to the browser.
 */

/** Where a curated entry comes from. CC-CEDICT entries carry no `src`. */
export type EntrySource = 'term' | 'name' | 'override';

/** One reading of a headword, as in CC-CEDICT: traditional form, pinyin, definitions. */
export interface DictEntry {
  /** Traditional characters, when they differ from the (Simplified) headword. */
  t?: string;
  /** Tone-marked pinyin, syllables separated by spaces ("kē xué jiā"). */
  p: string;
  /** Definitions, most common sense first. */
  d: string[];
  /** Measure words, each "个 gè" (Simplified, pinyin). */
  cl?: string[];
  /** Curated entries say where they come from; they are listed before the dictionary's. */
  src?: EntrySource;
}

/** Simplified headword → its readings. */
export type DictData = Readonly<Record<string, readonly DictEntry[]>>;

/** Traditional headword → the Simplified headwords it is written as. */
export type AliasData = Readonly<Record<string, readonly string[]>>;

/** The JSON of an article's subset and of one shard of the whole dictionary. */
export interface DictFile {
  v: 1;
  w: DictData;
  /** Traditional spellings whose first character is this shard's (shards only). */
  a?: AliasData;
}

/** A curated entry to merge over the dictionary: prepended to CC-CEDICT's, or replacing them. */
export interface CuratedEntry {
  /** Simplified headword. */
  s: string;
  entry: DictEntry;
  /** Drop CC-CEDICT's entries for this headword (it is wrong here, not just silent). */
  replace?: boolean;
}

/** One word of a text and what the dictionary says about it (empty when it says nothing). */
export interface Explained {
  w: string;
  entries: readonly DictEntry[];
}
