/**
 * Build content/lm/open-gram-bigram.bin, the engine's word bigram language model, from Debian's
 * `sunpinyin-data` (the open-gram model, CC BY-SA 3.0; see content/lm/README.md).
 *
 *   apt-get install -y sunpinyin-data sunpinyin-utils
 *   npm run lm:build [-- --lm FILE.t3g --dict pydict_sc.bin --out FILE.bin]
 *
 * `tslminfo -v -p` dumps the model (probabilities, not -log); word ids map to words through the
 * UCS-4 string table at the end of pydict_sc.bin (header: word count, node count, table offset).
 * Only unigrams and bigrams are kept (trigrams added nothing in measurement). The built file is
 * committed: a fresh clone needs neither package. Format: lib/engine/lm.ts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { encodeLanguageModel, type LmSource } from '../lib/engine/lm';

const DEBIAN = '/usr/lib/x86_64-linux-gnu/sunpinyin/data';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function fail(msg: string): never {
  process.stderr.write(`lm:build: ${msg}\n`);
  process.exit(1);
}

/** Words of pydict_sc.bin by word id ('' where an id has no text). */
export function readPydictWords(buf: Buffer): string[] {
  if (buf.length < 12) throw new Error('pydict: file too short');
  const count = buf.readUInt32LE(0);
  const offset = buf.readUInt32LE(8);
  if (offset >= buf.length || (buf.length - offset) % 4 !== 0)
    throw new Error('pydict: bad string table offset');
  const words: string[] = [];
  let cur: number[] = [];
  for (let at = offset; at < buf.length; at += 4) {
    const c = buf.readUInt32LE(at);
    if (c === 0) {
      words.push(String.fromCodePoint(...cur));
      cur = [];
    } else cur.push(c);
  }
  if (words.length !== count) throw new Error(`pydict: ${words.length} strings for ${count} words`);
  return words;
}

async function main(): Promise<void> {
  const lmFile = arg('--lm', path.join(DEBIAN, 'lm_sc.t3g'));
  const dictFile = arg('--dict', path.join(DEBIAN, 'pydict_sc.bin'));
  const out = arg('--out', path.join(process.cwd(), 'content', 'lm', 'open-gram-bigram.bin'));
  for (const f of [lmFile, dictFile]) {
    if (!fs.existsSync(f)) fail(`${f} not found (apt-get install -y sunpinyin-data sunpinyin-utils)`);
  }
  const words = readPydictWords(fs.readFileSync(dictFile));
  const child = spawn('tslminfo', ['-v', '-p', lmFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.on('error', (e) => fail(`cannot run tslminfo (package sunpinyin-utils): ${e.message}`));
  const src: LmSource = { words: [], unigrams: [], bigrams: [] };
  const idOf = new Map<number, number>();
  let level = -1;
  const rl = readline.createInterface({ input: child.stdout });
  for await (const line of rl) {
    if (line.startsWith('\\')) {
      level = Number(/\\(\d)-gram/.exec(line)?.[1] ?? -1);
      continue;
    }
    if (level === 1) {
      const [id, p, bow] = line.trim().split(/\s+/);
      const wid = Number(id);
      // Id 0 is the sentence boundary; ids without text are unused slots.
      const w = wid === 0 ? '<s>' : (words[wid] ?? '');
      if (w === '') continue;
      idOf.set(wid, src.words.length);
      src.words.push(w);
      src.unigrams.push([Math.log(Number(p)), Math.log(Number(bow))]);
    } else if (level === 2) {
      const [a, b, p] = line.trim().split(/\s+/);
      const x = idOf.get(Number(a));
      const y = idOf.get(Number(b));
      if (x === undefined || y === undefined) continue;
      src.bigrams.push([x, y, Math.log(Number(p))]);
    } else if (level === 3) {
      break; // trigrams are not used
    }
  }
  child.kill();
  if (src.words.length < 1000 || src.bigrams.length < 1000) fail('the dump looks empty');
  const bin = encodeLanguageModel(src);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bin);
  process.stdout.write(
    `lm:build: ${src.words.length} words, ${src.bigrams.length} bigrams → ${path.relative(process.cwd(), out)} (${(bin.length / 1e6).toFixed(1)} MB)\n`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) void main();
