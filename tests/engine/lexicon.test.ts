import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicon, validateLexiconFile, type LexiconFile } from '@/lib/engine';
import { LexiconError, loadEngineData, readLexicon } from '@/lib/lexicon';

const fixtures = path.join(__dirname, 'fixtures');

describe('lexicon validation', () => {
  it('reports every bad field of every file at once, naming file, entry and field', () => {
    const r = readLexicon(path.join(fixtures, 'bad-lexicon'));
    const f = 'fixtures/bad-lexicon/pairs/bad-fields.json';
    expect(r.errors).toEqual([
      `${f}: family: must be a lowercase slug (a-z, 0-9, -)`,
      `${f}: entries[1].orig: spun and orig must differ`,
      `${f}: entries[2].spun: must be Han characters only`,
      `${f}: entries[2].kind: Invalid option: expected one of "synonym"|"antonym"|"expansion"|"variant"|"proper-noun"|"idiom"|"segmentation"`,
      `${f}: entries[3].context.after: Too small: expected array to have >=1 items`,
      `${f}: entries[3]: Unrecognized key: "extra"`,
      `${f}: entries[4].spun: Invalid input: expected string, received undefined`,
      `${f}: entries[4].bias: Too big: expected number to be <=6`,
      'fixtures/bad-lexicon/words.json: words[1][1]: Too small: expected number to be >=1',
    ]);
    expect(r.files).toEqual([]);
  });

  it('reports a file that is not JSON', () => {
    const r = readLexicon(path.join(fixtures, 'bad-json'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^fixtures\/bad-json\/pairs\/broken\.json: invalid JSON: /);
  });

  it('rejects a pair listed twice across files; an explicit pair overrides a generated reverse', () => {
    const r = readLexicon(path.join(fixtures, 'dup-lexicon'));
    expect(r.errors).toEqual([]);
    const c = compileLexicon(r.files);
    expect(c.errors).toEqual([
      'fixtures/dup-lexicon/pairs/b.json: entries[0]: duplicate pair 模子→模型 (first at fixtures/dup-lexicon/pairs/a.json: entries[1])',
    ]);
    expect(c.entries.map((e) => [e.rule, c.provenance[e.p]])).toEqual([
      ['a/迷信→科学', 'fixture'],
      ['a/模子→模型', 'fixture'],
      ['b/科学→迷信', 'fixture'],
    ]);
  });

  it('loadEngineData throws one LexiconError listing all problems', () => {
    let err: unknown;
    try {
      loadEngineData({ lexiconDir: path.join(fixtures, 'dup-lexicon') });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LexiconError);
    expect((err as LexiconError).errors).toEqual([
      'fixtures/dup-lexicon/pairs/b.json: entries[0]: duplicate pair 模子→模型 (first at fixtures/dup-lexicon/pairs/a.json: entries[1])',
    ]);
  });

  it('expands `both` into a reverse pair with its own provenance and a negative bias', () => {
    const file: LexiconFile = {
      family: 'x',
      description: 'd',
      defaults: { kind: 'antonym', provenance: 'curated' },
      entries: [{ spun: '劣势', orig: '优势', both: true, certain: true, cues: { after: ['互补'] } }],
    };
    const v = validateLexiconFile('x.json', file);
    expect(v.ok).toBe(true);
    const c = compileLexicon([['x.json', file]]);
    expect(c.entries).toEqual([
      {
        spun: '劣势',
        orig: '优势',
        kind: 'antonym',
        rule: 'x/劣势→优势',
        p: 0,
        certain: true,
        cues: { after: ['互补'] },
      },
      { spun: '优势', orig: '劣势', kind: 'antonym', rule: 'x/优势→劣势', p: 1, bias: -1 },
    ]);
    expect(c.provenance).toEqual(['curated', 'family: 优势/劣势 table both directions (curated)']);
  });

  it('the project lexicon is valid and large, with provenance on every entry', () => {
    const r = readLexicon(path.join(process.cwd(), 'content', 'lexicon'));
    expect(r.errors).toEqual([]);
    const c = compileLexicon(r.files);
    expect(c.errors).toEqual([]);
    expect(c.entries.length).toBeGreaterThan(3000);
    for (const e of c.entries) expect(c.provenance[e.p]).toMatch(/\S/);
    const kinds = new Set(c.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['antonym', 'expansion', 'idiom', 'proper-noun', 'synonym', 'variant']);
  });
});

describe('lexicon checks', () => {
  it('refuses an entry whose replacement drops a character that was not substituted', () => {
    const c = compileLexicon([
      [
        'x.json',
        {
          family: 'x',
          description: 'test',
          defaults: { kind: 'synonym', provenance: 'curated' },
          entries: [
            { spun: '供给了', orig: '提供' },
            { spun: '供给给', orig: '提供给' },
          ],
        },
      ],
    ]);
    expect(c.errors).toEqual([
      'x.json: entries[0]: 供给了→提供 drops “了”: a replacement must keep every character that was not substituted (write 供给了→提供了)',
    ]);
  });
});
