import { describe, expect, it } from 'vitest';
import type { SavedWord } from '@/lib/study/schema';
import { toAnki, toCsv } from '@/lib/study/formats';
import { words } from './fixtures';

const tricky: SavedWord = {
  hanzi: '"内卷"',
  pinyin: 'nèi juǎn',
  en: 'involution, i.e. "rat race";\ttoo much competition',
  sentence: { zh: '不要内卷,\n保持平常心' },
  added: '2026-01-01T00:00:00.000Z',
};

describe('Anki export', () => {
  it('writes the header lines Anki reads, then one note per line', () => {
    expect(toAnki([...words, tricky])).toBe(
      '#separator:tab\n' +
        '#html:false\n' +
        '#columns:Hanzi\tPinyin\tEnglish\tSentence\tPublished\tCloze\n' +
        '首席科学家\tshǒu xí kē xué jiā\tchief scientist\t无问芯穹联合创始人兼首席科学家戴国浩\t\t无问芯穹联合创始人兼{{c1::首席科学家}}戴国浩\n' +
        '算力\tsuàn lì\tcomputing power, compute\t\t\t{{c1::算力}}\n' +
        '"""内卷"""\tnèi juǎn\t"involution, i.e. ""rat race""; too much competition"\t不要内卷, 保持平常心\t\t"{{c1::""内卷""}}"\n',
    );
  });

  it('writes only the header for no words', () => {
    expect(toAnki([])).toBe(
      '#separator:tab\n#html:false\n#columns:Hanzi\tPinyin\tEnglish\tSentence\tPublished\tCloze\n',
    );
  });

  it('writes a practice card with the phrase as published and the original clozed', () => {
    const card: SavedWord = {
      hanzi: '首席科学家',
      pinyin: 'shǒu xí kē xué jiā',
      en: '迷信 means superstition; the title is 首席科学家, chief scientist.',
      added: '2026-01-01T00:00:00.000Z',
      swap: { published: '首席迷信家', spun: '迷信', original: '科学', at: 2, kind: 'synonym' },
    };
    expect(toAnki([card]).split('\n')[3]).toBe(
      '首席科学家\tshǒu xí kē xué jiā\t迷信 means superstition; the title is 首席科学家, chief scientist.\t\t首席迷信家\t首席{{c1::科学}}家',
    );
  });
});

describe('CSV export (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv([...words, tricky])).toBe(
      'hanzi,pinyin,english,sentence,published,cloze\r\n' +
        '首席科学家,shǒu xí kē xué jiā,chief scientist,无问芯穹联合创始人兼首席科学家戴国浩,,无问芯穹联合创始人兼{{c1::首席科学家}}戴国浩\r\n' +
        '算力,suàn lì,"computing power, compute",,,{{c1::算力}}\r\n' +
        '"""内卷""",nèi juǎn,"involution, i.e. ""rat race"";\ttoo much competition","不要内卷,\n保持平常心",,"{{c1::""内卷""}}"\r\n',
    );
  });
});
