/** Types of bundle.mjs (plain JavaScript so that the bin can import it before any loader). */
export declare const DEFAULT_CACHE: string;
/**
 * The URL of the bundled CLI in `cache` (built now if its sources changed), or null when it
 * cannot be built: the caller then runs scripts/despin.ts through tsx.
 */
export declare function bundledDespin(cache?: string): Promise<string | null>;
