import { describe, expect, it } from 'vitest';
import { chooseAlternative, correctedText, shownFindings, type Placed } from '@/lib/check/review';
import { chunkWords, fromWire, toWire } from '@/lib/check/words';
import { createAnnotator } from '@/lib/content/annotate';

const annotator = createAnnotator();
const text = (ws: ReturnType<typeof fromWire>[]) => ws.map((w) => w.s).join('');

describe('words of a checked text, for pinyin, Traditional and popups', () => {
  it('covers the text around and inside each finding exactly, with pinyin read in context', () => {
    const chunk = '他是首席迷信家，重新开始。';
    const at = chunk.indexOf('迷信');
    const w = chunkWords(annotator, chunk, [{ start: at, end: at + 2, replacement: '科学' }]);
    expect(w.gaps).toHaveLength(2);
    const gaps = w.gaps.map((g) => g.map(fromWire));
    expect(text(gaps[0]!)).toBe('他是首席');
    expect(text(w.del[0]!.map(fromWire))).toBe('迷信');
    expect(text(w.ins[0]!.map(fromWire))).toBe('科学');
    expect(text(gaps[1]!)).toBe('家，重新开始。');
    const ins = w.ins[0]!.map(fromWire)[0]!;
    expect(ins).toMatchObject({ s: '科学', py: 'kē xué', tw: '科學' });
    expect(gaps[1]!.find((x) => x.s === '重新')?.py).toBe('chóng xīn');
    expect(gaps[1]!.find((x) => x.s === '开始')).toMatchObject({ tw: '開始', hk: '開始' });
  });

  it('annotates each alternative a finding names, and none where there is none', () => {
    const chunk = '政府扶植产业，首席迷信家';
    const w = chunkWords(annotator, chunk, [
      { start: 2, end: 4, replacement: '建设', alternatives: ['培养'] },
      { start: 9, end: 11, replacement: '科学' },
    ]);
    expect(w.alts.map((a) => a.map((x) => text(x.map(fromWire))))).toEqual([['培养'], []]);
    expect(w.alts[0]![0]!.map(fromWire)[0]).toMatchObject({ s: '培养', py: 'péi yǎng', tw: '培養' });
  });

  it('choosing an alternative makes it the proposal, in the words and in the corrected text', () => {
    const text0 = '政府扶植产业';
    const f: Placed = {
      id: 7,
      start: 2,
      end: 4,
      text: '扶植',
      replacement: '建设',
      alternatives: ['培养', '扶持'],
      confidence: 0.6,
      kind: 'synonym',
      rule: 't/扶植→建设',
      reason: '',
      evidence: 'context',
    };
    const chunk = { findings: [f], words: chunkWords(annotator, text0, [f]) };
    const chosen = chooseAlternative(chunk, 0, 1);
    expect(chosen.findings[0]).toMatchObject({
      replacement: '扶持',
      alternatives: ['建设', '培养'],
      proposed: '建设',
    });
    expect(text(chosen.words.ins[0]!.map(fromWire))).toBe('扶持');
    expect(chosen.words.alts[0]!.map((x) => text(x.map(fromWire)))).toEqual(['建设', '培养']);
    expect(correctedText(text0, chosen.findings, new Map([[7, 'accepted']]))).toBe('政府扶持产业');
    // The chunk given is not changed, and a choice out of range changes nothing.
    expect(chunk.findings[0]!.replacement).toBe('建设');
    expect(chooseAlternative(chunk, 0, 2)).toBe(chunk);
    expect(chooseAlternative(chunk, 1, 0)).toBe(chunk);
    // Another alternative: the engine's proposal is still the one named.
    expect(chooseAlternative(chosen, 0, 1).findings[0]).toMatchObject({
      replacement: '培养',
      proposed: '建设',
    });
    // Choosing back restores the first proposal.
    const back = chooseAlternative(chosen, 0, 0).findings[0];
    expect(back).toMatchObject({
      replacement: '建设',
      alternatives: ['扶持', '培养'],
    });
    expect(back).not.toHaveProperty('proposed');
  });

  it('keeps an overlapping finding aligned but empty, as the page skips it', () => {
    const chunk = '首席迷信家';
    const w = chunkWords(annotator, chunk, [
      { start: 2, end: 4, replacement: '科学' },
      { start: 3, end: 5, replacement: 'x' },
    ]);
    expect(w.gaps.map((g) => text(g.map(fromWire)))).toEqual(['首席', '', '家']);
    expect(w.del[1]).toEqual([]);
  });

  it('the page and the annotation agree on which findings are shown: none overlapping the last shown', () => {
    expect(
      shownFindings([
        { start: 0, end: 4 },
        { start: 2, end: 5 },
        { start: 4, end: 6 },
        { start: 5, end: 7 },
      ]),
    ).toEqual([true, false, true, false]);
    expect(shownFindings([])).toEqual([]);
  });

  it('is compact on the wire and round-trips', () => {
    for (const word of [
      { s: '，' },
      { s: '科学', py: 'kē xué', tw: '科學' },
      { s: '着', py: 'zhe', hk: '著' },
      { s: '首席', py: 'shǒu xí', w: '首席科学家' },
    ])
      expect(fromWire(toWire(word))).toEqual(word);
    expect(toWire({ s: 'AI，' })).toBe('AI，');
    expect(toWire({ s: '科学', py: 'kē xué', tw: '科學', hk: '科學' })).toEqual([
      '科学',
      'kē xué',
      '科學',
      '科學',
    ]);
  });

  it('never throws on odd text (lone surrogates, emoji, controls) and covers it all', () => {
    const chunk = 'a\uD800b😀\u0000\u202E中文';
    const w = chunkWords(annotator, chunk, []);
    expect(text(w.gaps[0]!.map(fromWire))).toBe(chunk);
  });
});
