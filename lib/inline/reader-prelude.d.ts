export declare const READER_PRELUDE: string;
