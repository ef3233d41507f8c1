/**
 * Build step: validate every article and the curated readings, and fail naming each file and
 * field at fault. Review notes (lib/content/lint.ts) are printed but do not fail the build.
 */
import { ContentError, loadAllArticles } from '../lib/content/load-core';
import { duplicateExplanations } from '../lib/content/lint';
import { readReadings } from '../lib/content/readings';

try {
  const articles = loadAllArticles();
  const readings = readReadings();
  console.log(
    `content: ${articles.length} article(s) valid: ${articles.map((a) => `${a.slug} (${a.sentences.length} sentences, ${a.corrections.length} corrections, ${a.terms.length} terms)`).join(', ')}; ${readings.length} curated readings`,
  );
  const review = articles.flatMap(duplicateExplanations);
  if (review.length) console.warn(`content: ${review.length} note(s) for review:\n- ${review.join('\n- ')}`);
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
