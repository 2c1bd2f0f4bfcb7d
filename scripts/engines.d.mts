// Types for scripts/engines.mjs, so TypeScript tests can start Debian's Firefox ESR and WebKitGTK.
export declare function firefoxPath(): string | null;
export declare function miniBrowserPath(): string | null;
export declare function webkitDriverPath(): string | null;
export declare function xvfbPath(): string | null;
export declare function missingEngines(): string[];
export declare function enginesInstallHint(missing: string[]): string;
