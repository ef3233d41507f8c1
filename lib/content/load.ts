import 'server-only';
export * from './load-core';
