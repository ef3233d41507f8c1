#!/usr/bin/env node
// The despin CLI as the package's bin (`npx unspun-despin`): TypeScript through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/despin.ts');
