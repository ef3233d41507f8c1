/** Build step: validate every article and fail naming each file and field at fault. */
import { ContentError, loadAllArticles } from '../lib/content/load-core';

try {
  const articles = loadAllArticles();
  console.log(
    `content: ${articles.length} article(s) valid: ${articles.map((a) => `${a.slug} (${a.sentences.length} sentences, ${a.corrections.length} corrections, ${a.terms.length} terms)`).join(', ')}`,
  );
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
