/** Evidence terms are written with a first character no concept key has (tagging/evidence-terms.ts). */
export const isTerm = (key: string) => key.startsWith('~') || key.startsWith('#');
