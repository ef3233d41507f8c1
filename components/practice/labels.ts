/** The practice UI's strings (messages/*.json, namespace "Practice"), passed to the client as one object. */
import type { Category } from '@/lib/practice/types';

export interface PracticeLabels {
  addedToWords: string;
  authorWrote: string; // {original}
  checkButton: string;
  checkFailed: string; // {detail}
  checkIntro: string;
  checkLoading: string;
  checkNone: string;
  continue: string;
  corrected: string;
  count: string; // {n} {total}
  english: string;
  exercises: string; // {count}
  finish: string;
  halfRight: string; // {spun} {original}
  howChoose: string;
  howReview: string;
  howSpot: string;
  intro: string;
  keys: string;
  kinds: Record<Category, string>;
  kindsHeading: string;
  lastTime: string; // {right} {total}
  missedNone: string;
  missedSaved: string; // {count}
  newSession: string;
  nothingWrong: string;
  noticeRecovered: string; // {detail}
  noticeUnavailable: string;
  options: string;
  pinyin: string;
  progress: string;
  published: string;
  readInArticle: string;
  resultTitle: string;
  retryMissed: string; // {count}
  score: string; // {right} {total}
  sentence: string;
  start: string;
  chooseRight: string; // {original}
  chooseWrong: string; // {choice} {original}
  cleanRight: string;
  cleanWrong: string;
  spotRight: string; // {spun}
  spotWrong: string; // {spun}
  stepChoose: string; // {spun}
  stepSpot: string;
  swapped: string;
  title: string;
  toWords: string;
  why: string;
  yourChoice: string;
}

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
