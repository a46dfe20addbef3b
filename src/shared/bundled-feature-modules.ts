/**
 * The feature modules the server bundle carries (scripts/build-server.mjs replaces this module in
 * the bundle by one that imports every feature file statically, keyed by its path under
 * src/features). Run from the sources (tsx, tests), it is empty and feature-files.ts finds the
 * files on disk, so that a new feature file needs no list to be kept.
 */
export const bundledFeatureModules: Readonly<Record<string, unknown>> | undefined = undefined;
