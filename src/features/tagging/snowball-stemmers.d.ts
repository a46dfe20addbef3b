// The package ships no type declarations; this describes the part of its API Pontis uses
// (see node_modules/snowball-stemmers/README.md).
declare module 'snowball-stemmers' {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): SnowballStemmer;
  export function algorithms(): string[];
  const snowballFactory: { newStemmer: typeof newStemmer; algorithms: typeof algorithms };
  export default snowballFactory;
}
