import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/scripts/lib/eval-data';
import { ROOT, tmpDir } from './cli-helpers';

const tmp = tmpDir('accuracy-');

type Sub = { spun: string; orig: string; confidence: 'high' | 'medium' };

/** A one-passage dataset in the format of ../shared/eval/dev.json, written to a file. */
function writeDataset(name: string, text: string, subs: Sub[]): string {
  const file = path.join(tmp, `${name}.json`);
  const at = (s: Sub) => ({ at: text.indexOf(s.spun), ...s });
  fs.writeFileSync(
    file,
    JSON.stringify({ split: 'dev', passages: [{ id: name, text, subs: subs.map(at) }] }),
  );
  return file;
}

/** One clear substitution, one likely one. */
const dataset = () =>
  writeDataset('tiny', '他是首席迷信家，也是一名研究者。', [
    { spun: '迷信', orig: '科学', confidence: 'high' },
    { spun: '研究者', orig: '研究员', confidence: 'medium' },
  ]);

const accuracy = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/accuracy.ts', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run accuracy on a dataset', () => {
  it('keeps each substitution’s confidence', () => {
    expect(loadDataset(dataset())[0]?.refs.map((r) => r.confidence)).toEqual(['high', 'medium']);
  });

  it('prints recall over all substitutions and over the clear (high-confidence) ones', () => {
    const r = accuracy(dataset());
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('default: all findings  precision 1.000 (1/1)  recall 0.500 (1/2)');
    expect(r.stdout).toContain('default: recall of the clear (high-confidence) substitutions 1.000 (1/1)');
  }, 60_000);

  it('counts the wrong replacements that name the right one among their alternatives', () => {
    // The seed's sentence: the engine proposes 建设 for 扶植, naming 培养 as the alternative.
    const text = '目前各地有很多计算中心,扶植完之后怎样把这些算力更好地办事当地家当、办事高精尖企业的创新';
    const r = accuracy(
      writeDataset('alternatives', text, [
        { spun: '扶植', orig: '培养', confidence: 'high' },
        { spun: '办事', orig: '服务', confidence: 'high' },
      ]),
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'default: wrong replacements that name the right one among their alternatives 1/1',
    );
  }, 60_000);
});
