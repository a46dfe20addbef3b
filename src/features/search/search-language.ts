/** PostgreSQL text search configuration per language; 'simple' (no stemming) for the rest. */
const configs: Record<string, string> = { de: 'german', ro: 'romanian', en: 'english', hu: 'hungarian' };

export const searchConfigs = ['german', 'romanian', 'english', 'hungarian', 'simple'] as const;

export const textSearchConfig = (lang: string | null | undefined): string => (lang && configs[lang.toLowerCase()]) || 'simple';
