// Types of server-bundle.mjs for its test (the scripts are plain JavaScript run by Node before anything is built).
export declare const serverBundle: string;
export declare const bundledSource: (p: string) => boolean;
export declare function serverBundleIsFresh(): boolean;
