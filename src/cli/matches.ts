import { suggestMatches } from '../features/matching/index.ts';
import type { ServiceContext } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';
import { uiLocales, type UiLocale } from '../shared/locales.ts';
import { out } from './output.ts';

export interface MatchesCliOptions {
  limit?: string;
  json?: boolean;
  lang?: string;
}

/** `pontis matches ORG`: the same suggestions as the API, as JSON (best first) or a table. */
export async function matchesFromCli(ctx: ServiceContext, organisation: string, opts: MatchesCliOptions): Promise<void> {
  const limit = opts.limit === undefined ? 10 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw invalid([{ path: '--limit', rule: 'range', message: 'use a number from 1 to 50' }]);
  const lang = (opts.lang ?? 'en') as UiLocale;
  if (!uiLocales.includes(lang)) throw invalid([{ path: '--lang', rule: 'invalid_enum', message: `use one of ${uiLocales.join(', ')}` }]);
  const matches = await suggestMatches(ctx, organisation, { limit, lang });
  if (opts.json) {
    out(JSON.stringify(matches, null, 2));
    return;
  }
  if (!matches.length) {
    out('No suggestions: no organisation in a partner city shares a topic with this one.');
    return;
  }
  matches.forEach((m, i) => {
    out(`${String(i + 1).padStart(2)}. ${m.score.toFixed(3)}  ${m.organisation.name} (${m.organisation.key}, ${m.organisation.city.name})`);
    for (const r of m.reasons) out(`      - ${r.text}`);
  });
}
