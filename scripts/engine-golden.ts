/**
 * A golden record of the engine's output, to prove that a speed change changes nothing.
 *
 *   tsx scripts/engine-golden.ts --write [FILE]   record (default .data/golden/engine.json)
 *   tsx scripts/engine-golden.ts [FILE]           compare with the record; exit 1 on any difference
 *
 * Recorded: every field of `detect` (default and `{ all: true }`) and every candidate of
 * `inspect` (features included) on the seed article (as published and converted to Traditional),
 * each dev passage (../shared/eval/dev.json, when present) and the clean texts that
 * `npm run -s clean-corpus` assembles in .data/clean (when present). The record is large and
 * machine-specific in what it covers, so it lives in .data (not committed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import { loadEngine } from '../lib/lexicon';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const write = args.includes('--write');
const file = args.find((a) => !a.startsWith('--')) ?? path.join(ROOT, '.data', 'golden', 'engine.json');

function texts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const seed = fs.readFileSync(path.join(ROOT, 'content', 'articles', 'tr35-china', 'source.txt'), 'utf8');
  out.push(['seed', seed], ['seed-traditional', Converter({ from: 'cn', to: 'tw' })(seed)]);
  const dev = path.join(ROOT, '..', 'shared', 'eval', 'dev.json');
  if (fs.existsSync(dev)) {
    const d = JSON.parse(fs.readFileSync(dev, 'utf8')) as { passages: Array<{ id: string; text: string }> };
    for (const p of d.passages) out.push([`dev/${p.id}`, p.text]);
  } else console.warn(`engine-golden: ${dev} is absent; dev passages not covered`);
  for (const name of ['mo.txt', 'man.txt']) {
    const f = path.join(ROOT, '.data', 'clean', name);
    if (fs.existsSync(f)) out.push([`clean/${name}`, fs.readFileSync(f, 'utf8')]);
    else console.warn(`engine-golden: ${f} is absent (npm run -s clean-corpus); not covered`);
  }
  return out;
}

const engine = loadEngine();
const t0 = performance.now();
const record: Record<string, unknown> = {};
for (const [name, text] of texts()) {
  record[name] = {
    detect: engine.detect(text),
    all: engine.detect(text, { all: true }),
    // inspect() on the large clean texts is the same code as detect's; the small texts suffice.
    ...(name.startsWith('clean/') ? {} : { inspect: engine.inspect(text) }),
  };
}
const ms = performance.now() - t0;
const json = JSON.stringify(record, null, 1);
if (write) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, json);
  console.log(`engine-golden: wrote ${file} (${Object.keys(record).length} texts, ${ms.toFixed(0)} ms)`);
} else {
  const old = fs.readFileSync(file, 'utf8');
  if (old === json) {
    console.log(
      `engine-golden: identical to ${file} (${Object.keys(record).length} texts, ${ms.toFixed(0)} ms)`,
    );
  } else {
    const a = old.split('\n');
    const b = json.split('\n');
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    console.error(`engine-golden: DIFFERS from ${file} at line ${k + 1}:\n- ${a[k]}\n+ ${b[k]}`);
    process.exit(1);
  }
}
