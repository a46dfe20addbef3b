/**
 * The baseline a keyword box gives: words of four letters or more (lower case, diacritics
 * removed) that two organisations' texts share, counted; no stemming, no concepts, no languages.
 */
const tokensOf = (text: string) => new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));

export function keywordOverlapRanking(organisation: string, texts: ReadonlyMap<string, string>, eligible: (key: string) => boolean): string[] {
  const own = tokensOf(texts.get(organisation) ?? '');
  const scored: [string, number][] = [];
  for (const [key, text] of texts) {
    if (key === organisation || !eligible(key)) continue;
    let shared = 0;
    for (const t of tokensOf(text)) if (own.has(t)) shared++;
    if (shared > 0) scored.push([key, shared]);
  }
  return scored.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}
