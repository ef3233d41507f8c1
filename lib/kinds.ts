/**
 * The one vocabulary of correction kinds: what a curated article correction (lib/content/schema.ts)
 * or an engine finding (lib/engine/types.ts) says about how a word was damaged. UI label maps are
 * typed `Record<Kind, string>` (or looked up by typed message keys), so a kind without a label
 * fails to compile. Pure: no imports.
 */

/** The kinds the engine reports: a spinner's substitutions. */
export const ENGINE_KINDS = [
  'synonym',
  'antonym',
  'expansion',
  'variant',
  'proper-noun',
  'idiom',
  'segmentation',
] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

/** Every kind: the engine's, and lost formatting and page residue, which only curators record. */
export const KINDS = [...ENGINE_KINDS, 'formatting', 'residue'] as const;
export type Kind = (typeof KINDS)[number];
