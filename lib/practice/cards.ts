/** A missed practice exercise as a card for "My words" (lib/study): front as published, back the original. */
import type { NewWord } from '@/lib/study/store';
import type { SwapExercise } from './types';

export function cardOf(e: SwapExercise): NewWord {
  const word: NewWord = {
    hanzi: e.phrase.corrected,
    pinyin: e.phrase.pinyin,
    en: e.explanation.en,
    sentence: { zh: e.corrected, ...(e.en ? { en: e.en } : {}), ...(e.href ? { href: e.href } : {}) },
    swap: {
      published: e.phrase.published,
      spun: e.spun,
      original: e.original,
      at: e.phrase.at,
      kind: e.category,
      ...(e.explanation.zh ? { zh: e.explanation.zh } : {}),
    },
  };
  return word;
}
