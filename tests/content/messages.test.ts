import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import { EVIDENCE } from '@/lib/engine/types';

type Tree = { [key: string]: string | Tree };

/** Every message as `Namespace.key` → ICU string. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/**
 * The values a message takes: argument names (`count`, `word`) and rich-text tags (`<b>`). The
 * ICU type may differ by language (English pluralises `{count, plural, …}`, Chinese says `{count}`).
 */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      found.add(el.type === TYPE.tag ? `<${el.value}>` : el.value);
      if (el.type === TYPE.tag) walk(el.children);
      if (el.type === TYPE.plural || el.type === TYPE.select)
        for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const english = flatten(en);
const chinese = flatten(zh);

describe('messages: en.json and zh.json', () => {
  it('have the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()].filter((k) => chinese.has(k)))(
    '%s takes the same placeholders in both',
    (key) => {
      expect(placeholders(chinese.get(key)!)).toEqual(placeholders(english.get(key)!));
    },
  );

  it("word every kind of the engine's evidence, with the pair it names", () => {
    for (const e of EVIDENCE) {
      expect(placeholders(english.get(`Check.evidence_${e}`) ?? '')).toEqual(['orig', 'spun']);
      expect(placeholders(chinese.get(`Check.evidence_${e}`) ?? '')).toEqual(['orig', 'spun']);
    }
  });

  it('the check catches a placeholder that a translation lost or renamed', () => {
    expect(placeholders('{shown} of {total}')).not.toEqual(placeholders('{shown} / {all}'));
    expect(placeholders('{n, plural, one {# word} other {# words}}')).toEqual(placeholders('{n} 个词'));
    expect(placeholders('Open <b>{title}</b>')).toEqual(['<b>', 'title']);
  });
});
