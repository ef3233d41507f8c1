import { readFileSync } from 'node:fs';
import type { ZodType } from 'zod';

/** Read and validate a JSON file for a CLI; exits with a one-line message naming the file on failure. */
export function readJsonFile<T>(file: string, schema: ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    console.error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    process.exit(1);
  }
  return parsed.data;
}
