/**
 * Audit export of an article's curated corrections.
 *   npm run -s corrections -- <slug> [--json]   print the corrections (JSON array with --json)
 *   npm run -s corrections -- <slug> --write    regenerate corrected.txt from source.txt + corrections.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR, ContentError, loadArticle } from '../lib/content/load-core';
import { applySpans } from '../lib/text/corrections';
import { readJsonFile } from './lib/read-json';
import { correctionsSchema } from '../lib/content/schema';

const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith('--'));
const json = args.includes('--json');
const write = args.includes('--write');
if (!slug || !/^[a-z0-9-]+$/.test(slug)) {
  console.error('usage: npm run -s corrections -- <slug> [--json | --write]');
  process.exit(2);
}
const dir = path.join(ARTICLES_DIR, slug);
if (!existsSync(dir)) {
  console.error(`corrections: no article "${slug}" in content/articles`);
  process.exit(1);
}

if (write) {
  const source = readFileSync(path.join(dir, 'source.txt'), 'utf8');
  const corrections = readJsonFile(path.join(dir, 'corrections.json'), correctionsSchema);
  writeFileSync(path.join(dir, 'corrected.txt'), applySpans(source, corrections));
  console.log(`wrote ${path.relative(process.cwd(), path.join(dir, 'corrected.txt'))}`);
  process.exit(0);
}

try {
  const article = loadArticle(dir);
  const rows = article.corrections.map(({ start, end, from, to, kind, confidence }) => ({
    start,
    end,
    from,
    to,
    kind,
    confidence,
  }));
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    for (const r of rows)
      console.log(
        `${String(r.start).padStart(5)}–${String(r.end).padEnd(5)} ${r.from} → ${r.to || '∅'}  (${r.kind}, ${r.confidence})`,
      );
    const byKind = new Map<string, number>();
    for (const r of rows) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    console.log(`\n${rows.length} corrections: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
