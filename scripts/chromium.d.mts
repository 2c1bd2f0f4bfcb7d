// Types for scripts/chromium.mjs, so TypeScript tests can start the system Chromium.
export declare const chromiumCandidates: ReadonlyArray<string | undefined>;
export declare function chromiumPath(): string | null;
export declare const chromiumArgs: string[];
export declare const installHint: string;
