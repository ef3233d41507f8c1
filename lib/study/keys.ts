/** Storage keys of "My words" (apart from the schema, so code that only needs a key ships no zod). */
export const STORE_KEY = 'unspun:words';
export const BACKUP_PREFIX = 'unspun:words:backup:';
