export declare const SHARDS_DIR: string;
export declare const SHARDS_URL_ROOT: string;
export declare const STAMP_FILE: string;
export declare function shardsVersion(hash: string): string;
export declare function currentShardsUrl(root?: string): string | undefined;
