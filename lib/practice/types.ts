/** The exercises of a practice session, as plain data (built on the server, played in the browser). */

/** What kind of damage an exercise trains; `clean` for a sentence with nothing wrong. */
export type Category =
  'synonym' | 'antonym' | 'idiom' | 'proper-noun' | 'expansion' | 'variant' | 'segmentation' | 'clean';

/** One word of the text shown; `py`: tone-marked pinyin (absent for punctuation, Latin, digits). */
export interface Token {
  s: string;
  py?: string;
}

export interface Explanation {
  en: string;
  zh?: string;
}

interface Common {
  /** Stable within a pool: `c12` (a correction), `k7.1` (a clean clause), `f3` (a finding). */
  id: string;
  /** The clause as shown, split into words. */
  tokens: Token[];
  /** The English gloss of the sentence it comes from, when there is one. */
  en?: string;
  /** Where the sentence is read in full. */
  href?: string;
}

/** A clause with one spinner swap in it. */
export interface SwapExercise extends Common {
  type: 'swap';
  category: Exclude<Category, 'clean'>;
  /** Tokens [from, to) overlap the swapped span: tapping any of them finds it. */
  target: [number, number];
  /** The span as published (迷信) and what it replaced (科学). */
  spun: string;
  original: string;
  spunPinyin: string;
  originalPinyin: string;
  /** Offset of the span in the clause as published. */
  at: number;
  /** The clause with the swap repaired. */
  corrected: string;
  /** The word the swap sits in, as published (首席迷信家) and corrected (首席科学家); `at`: the swap's offset in it. */
  phrase: { published: string; corrected: string; at: number; pinyin: string };
  /** The original first, then three distractors (the session shuffles them). */
  options: string[];
  explanation: Explanation;
}

/** A clause with nothing wrong in it: the answer is "Nothing is wrong here". */
export interface CleanExercise extends Common {
  type: 'clean';
  category: 'clean';
  text: string;
}

export type Exercise = SwapExercise | CleanExercise;
