/**
 * Review checks: things in valid content that a curator should look at again. They do not fail
 * the build (scripts/validate-content.ts prints them); the content tests keep the seed article
 * free of them.
 */
import type { Article } from './load-core';

/**
 * Corrections in different sentences with the same explanation text (English or Chinese): an
 * explanation copied from one sentence to another often speaks of the wrong context (a "bridge
 * between academia and industry" in a sentence with no bridge). Corrections of one sentence
 * may share a text. One message per repeated text, naming the corrections and their sentences.
 */
export function duplicateExplanations(article: Article): string[] {
  const sentenceOf = (start: number) => article.sentences.find((s) => start >= s.start && start < s.end)?.id ?? 0;
  const out: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const byText = new Map<string, { index: number; sentence: number }[]>();
    article.corrections.forEach((c, index) => {
      const list = byText.get(c.explanation[lang]) ?? [];
      list.push({ index, sentence: sentenceOf(c.start) });
      byText.set(c.explanation[lang], list);
    });
    for (const [text, list] of byText) {
      if (new Set(list.map((x) => x.sentence)).size < 2) continue;
      const where = list.map((x) => `[${x.index}] (sentence ${x.sentence})`).join(', ');
      out.push(
        `content/articles/${article.slug}/corrections.json: ${where}: the same explanation.${lang} in different sentences; make each about its own sentence ("${text.length > 60 ? `${text.slice(0, 60)}…` : text}")`,
      );
    }
  }
  return out;
}
