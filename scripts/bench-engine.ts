/**
 * Engine throughput beside opencc-js on the same text, in the same run.
 *
 *   npm run bench            ~1 MB: engine MB/s, opencc (cn→tw) MB/s, their ratio;
 *                            then peak memory for 10 MB of input.
 *
 * The text is the seed article and the dev passages (when ../shared/eval/dev.json exists),
 * repeated. Figures are printed, not asserted: speed is a benchmark, not a test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import { loadEngine } from '../lib/lexicon';

const MB = 1024 * 1024;

function corpus(bytes: number): string {
  const parts: string[] = [
    fs.readFileSync(path.join('content', 'articles', 'tr35-china', 'source.txt'), 'utf8'),
  ];
  const dev = path.join('..', 'shared', 'eval', 'dev.json');
  if (fs.existsSync(dev)) {
    const d = JSON.parse(fs.readFileSync(dev, 'utf8')) as { passages: Array<{ text: string }> };
    for (const p of d.passages) parts.push(p.text);
  }
  const unit = parts.join('\n');
  const out: string[] = [];
  let size = 0;
  const unitBytes = Buffer.byteLength(unit);
  while (size < bytes) {
    out.push(unit);
    size += unitBytes + 1;
  }
  return out.join('\n');
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
}

function main(): void {
  const load = time(() => loadEngine());
  const engine = load.value;
  console.log(
    `engine: ${engine.info.entries} lexicon entries, ${engine.info.words} words; loaded in ${load.ms.toFixed(0)} ms`,
  );
  const text = corpus(MB);
  const bytes = Buffer.byteLength(text);
  const mb = bytes / 1e6;
  // Warm up both on a slice.
  engine.detect(text.slice(0, 20_000));
  const convert = Converter({ from: 'cn', to: 'tw' });
  convert(text.slice(0, 20_000));

  // Interleave the two so that load from other processes hits both alike; keep the best of each.
  const runs = 5;
  let best = Infinity;
  let bestCc = Infinity;
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    const t = time(() => engine.detect(text));
    best = Math.min(best, t.ms);
    findings = t.value.length;
    bestCc = Math.min(bestCc, time(() => convert(text)).ms);
  }
  const engineRate = mb / (best / 1000);
  const ccRate = mb / (bestCc / 1000);
  console.log(`input: ${mb.toFixed(2)} MB (${text.length} UTF-16 units), best of ${runs}`);
  console.log(`engine.detect : ${engineRate.toFixed(2)} MB/s (${best.toFixed(0)} ms, ${findings} findings)`);
  console.log(`opencc cn→tw  : ${ccRate.toFixed(2)} MB/s (${bestCc.toFixed(0)} ms)`);
  console.log(`ratio engine/opencc: ${(engineRate / ccRate).toFixed(2)}× (target ≥ 0.25×, aim 0.5×)`);

  // Peak memory for 10 MB, in a fresh process that holds only the engine (not opencc).
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'scripts/bench-engine.ts', '--memory'],
    {
      encoding: 'utf8',
    },
  );
  process.stdout.write(child.stdout);
  if (child.status !== 0) process.stderr.write(child.stderr);
}

function memory(): void {
  const engine = loadEngine();
  const big = corpus(10 * MB);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  // detect is synchronous: sample memory as it returns from each 1 MB slice of the run.
  const slices = 10;
  const size = Math.ceil(big.length / slices);
  const t0 = performance.now();
  let findings = 0;
  const all = engine.detect(big);
  findings = all.length;
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  void size;
  console.log(
    `10 MB input: ${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${findings} findings; ` +
      `engine loaded: rss ${(before.rss / MB).toFixed(0)} MB, heapUsed ${(before.heapUsed / MB).toFixed(0)} MB; ` +
      `after detect: rss ${(peakRss / MB).toFixed(0)} MB, heapUsed ${(peakHeap / MB).toFixed(0)} MB (target < 300 MB)`,
  );
}

if (process.argv.includes('--memory')) memory();
else main();
