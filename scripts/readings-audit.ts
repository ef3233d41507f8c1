/**
 * Review the pinyin of an article's polyphonic characters.
 *
 *   npm run -s readings:audit -- <slug> [--json] [--changed]
 *
 * Lists every polyphonic character (pinyin-pro knows more than one reading) of the article as the
 * reader shows it (unchanged text, struck-out published words, inserted corrections), with the
 * reading chosen, the word it is read in, and the sentence, and marks where a curated reading of
 * content/readings/ changed the reading ("curated; without it: …"). --changed lists only those.
 * A summary groups the same character, reading and word. Fix a wrong reading in content/readings/
 * (with its source) and pin it in tests/content/readings.test.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR, ContentError, loadArticle } from '../lib/content/load-core';
import { polyphones, type PolyphoneRow } from '../lib/content/polyphones';
import { buildArticleView } from '../lib/content/view';

const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && !['--json', '--changed'].includes(a));
if (!slug || !/^[a-z0-9-]+$/.test(slug) || unknown.length) {
  console.error('usage: npm run -s readings:audit -- <slug> [--json] [--changed]');
  process.exit(2);
}
const dir = path.join(ARTICLES_DIR, slug);
if (!existsSync(dir)) {
  console.error(
    `readings:audit: no article "${slug}" in ${path.relative(process.cwd(), ARTICLES_DIR) || ARTICLES_DIR}`,
  );
  process.exit(1);
}

let article;
try {
  article = loadArticle(dir);
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

type Row = PolyphoneRow & { pinyinPro?: string };
const rows: Row[] = polyphones(buildArticleView(article));
// The same article read without the curated readings: segmentation is the same, so the rows line up.
const plain = polyphones(buildArticleView(article, undefined, []));
if (plain.length !== rows.length)
  throw new Error('readings:audit: the two readings of the article do not line up');
rows.forEach((r, i) => {
  if (plain[i]!.reading !== r.reading) r.pinyinPro = plain[i]!.reading;
});
const shown = args.includes('--changed') ? rows.filter((r) => r.pinyinPro) : rows;

if (args.includes('--json')) {
  console.log(JSON.stringify(shown, null, 2));
  process.exit(0);
}

const where = { text: '', struck: ' (struck out)', inserted: ' (correction)' } as const;
let last = 0;
for (const r of shown) {
  if (r.sentence !== last) console.log(`\nsentence ${(last = r.sentence)}`);
  const curated = r.pinyinPro ? `   curated; without it: ${r.pinyinPro}` : '';
  console.log(
    `  ${r.char} ${r.reading.padEnd(6)} in ${r.word} ${r.pinyin}${where[r.where]}  of ${r.readings.join('/')}${curated}`,
  );
  console.log(`      ${r.context}`);
}

const groups = new Map<string, { rows: Row[] }>();
for (const r of shown) {
  const key = `${r.char} ${r.reading} in ${r.word}`;
  const g = groups.get(key) ?? { rows: [] };
  g.rows.push(r);
  groups.set(key, g);
}
console.log(
  `\n${shown.length} polyphonic character(s) in ${slug}, ${groups.size} distinct (character, reading, word):`,
);
for (const [key, g] of [...groups].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
  const ids = [...new Set(g.rows.map((r) => r.sentence))].join(', ');
  const curated = g.rows.some((r) => r.pinyinPro) ? '  curated' : '';
  console.log(`  ${key}  ×${g.rows.length}  (sentence ${ids})${curated}`);
}
