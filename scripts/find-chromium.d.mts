export declare const CHROMIUM_NAMES: string[];
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
export declare function findOnPath(names: string[], env?: NodeJS.ProcessEnv): string | undefined;
