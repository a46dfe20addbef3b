/**
 * What a keyword box over the portal gives: the lower-cased words of four letters or more that
 * the query shares with a call's title, tags and keywords, counted; no stemming, no concepts, no
 * translation. Ties go to the sooner deadline, as in the radar, then the identifier.
 */
export interface BaselineCall {
  identifier: string;
  title: string;
  tags: readonly string[];
  keywords: readonly string[];
  nextDeadlineAt: Date | null;
}

export const keywordTokens = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );

export function keywordOverlapRanking(query: string, calls: readonly BaselineCall[]): string[] {
  const wanted = keywordTokens(query);
  const scored: { call: BaselineCall; shared: number }[] = [];
  for (const call of calls) {
    let shared = 0;
    for (const word of keywordTokens([call.title, ...call.tags, ...call.keywords].join(' '))) if (wanted.has(word)) shared++;
    if (shared > 0) scored.push({ call, shared });
  }
  return scored
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        (a.call.nextDeadlineAt?.getTime() ?? Infinity) - (b.call.nextDeadlineAt?.getTime() ?? Infinity) ||
        a.call.identifier.localeCompare(b.call.identifier),
    )
    .map((s) => s.call.identifier);
}
