#!/usr/bin/env node
// The despin CLI as the package's bin (`npx unspun-despin`, `npm run despin`): the bundled
// modules that scripts/lib/despin/bundle.mjs keeps built, or TypeScript through tsx's loader
// when they cannot be built.
import { bundledDespin } from '../scripts/lib/despin/bundle.mjs';

const entry = await bundledDespin();
if (entry !== null) await import(entry);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../scripts/despin.ts');
}
