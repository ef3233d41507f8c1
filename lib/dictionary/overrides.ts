/** The curated overrides file (Node only). Its headwords also steer word segmentation. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { overridesSchema, type Override } from './curated';

export const OVERRIDES_FILE = path.join(process.cwd(), 'content', 'dictionary', 'overrides.json');

export function readOverrides(file = OVERRIDES_FILE): Override[] {
  // Read at build time only; tell the bundler not to trace a path that could be anything.
  const parsed = overridesSchema.safeParse(
    JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8')),
  );
  if (!parsed.success)
    throw new Error(
      `${path.relative(process.cwd(), file)}: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
