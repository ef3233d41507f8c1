// Worker entry: TypeScript through tsx's loader, whatever the parent was started with.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
