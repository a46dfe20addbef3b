import type { Db } from '../../db/database.ts';
import type { Actor } from '../../shared/actor.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { itemTitles, shownOrganisations } from './match-candidates.ts';
import type { EngineResult } from './match-engine.ts';
import { renderReason } from './match-messages.ts';
import type { MatchReason } from './match-reason.ts';
import type { MatchView } from './matching.schemas.ts';
import { canGiveFeedback } from './matching-policy.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';

const ITEMS_SHOWN = 5;

/**
 * The API shape: organisation with city, score, reasons with their text in the reader's language,
 * and the candidate's matched offers and requests. Names and titles are read here for the few
 * shown only (candidate retrieval reads none). Open introduction counts stay out (they only rank down).
 * `can` is what the reading actor may do with each suggestion (nothing without an actor).
 */
export async function presentMatches(db: Db, result: EngineResult, lang: UiLocale, actor?: Actor): Promise<MatchView[]> {
  // Feedback is given on the reader organisation's suggestions: the same answer for each of them.
  const can = { giveFeedback: actor ? canGiveFeedback(actor, { id: result.reader.organisationId, cityId: result.reader.cityId }) : false };
  const shownItems = (m: EngineResult['matches'][number]) => {
    const seen = new Set<string>();
    return m.pairs.filter((p) => !seen.has(p.theirItemId) && seen.add(p.theirItemId)).slice(0, ITEMS_SHOWN);
  };
  const itemIds = result.matches.flatMap((m) => shownItems(m).map((p) => p.theirItemId));
  const reasonItemIds = result.matches.flatMap((m) => m.reasons.flatMap((r) => ('theirItemId' in r.params ? [r.params.theirItemId] : [])));
  const [orgs, titles] = await oneAfterAnother(
    () =>
      shownOrganisations(
        db,
        result.matches.map((m) => m.organisationId),
      ),
    () => itemTitles(db, [...new Set([...itemIds, ...reasonItemIds])]),
  );
  const withTitle = (r: MatchReason): MatchReason =>
    r.code === 'they-offer-what-you-seek' || r.code === 'they-seek-what-you-offer'
      ? { ...r, params: { ...r.params, theirTitle: titles.get(r.params.theirItemId) ?? r.params.theirTitle } }
      : r;
  return result.matches.map((m) => {
    const docs = new Map(result.candidates.get(m.organisationId)!.documents.map((d) => [d.id, d]));
    const reasons = m.reasons.map(withTitle);
    return {
      organisation: orgs.get(m.organisationId)!,
      score: m.score,
      evidence: m.evidence,
      reasons: reasons.map((r) => ({ code: r.code, params: r.params as unknown as Record<string, unknown>, text: renderReason(r, lang) })),
      items: shownItems(m).map((p) => {
        const d = docs.get(p.theirItemId)!;
        return { id: d.id, direction: d.type as 'offer' | 'request', title: titles.get(d.id) ?? '', category: d.category, answers: p.yourItemId };
      }),
      can,
    };
  });
}
