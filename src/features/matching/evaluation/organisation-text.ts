import type { InterchangeOrganisation } from '../../interchange/index.ts';

/**
 * All of an organisation's text as the import writes it: name, descriptions (every language),
 * offers and requests (titles and texts). The baselines read the set's document, not the
 * database, so they see exactly what the labeller wrote.
 */
export function organisationText(o: InterchangeOrganisation): string {
  const items = [...(o.offers ?? []), ...(o.requests ?? [])];
  return [o.name, ...(o.description ?? []).map((d) => d.text), ...items.flatMap((i) => [i.title ?? '', i.text])].filter(Boolean).join(' ');
}

/** Whether the organisation says anything beyond its name (a description, an offer or a request). */
export const hasText = (o: InterchangeOrganisation): boolean =>
  (o.description ?? []).some((d) => d.text.trim()) || [...(o.offers ?? []), ...(o.requests ?? [])].some((i) => i.text.trim());
