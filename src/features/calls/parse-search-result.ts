import { collectDeadlines, normaliseDeadlineModel, type DeadlineGroup } from './call-deadlines.ts';
import { portalUrl, type NormalisedCall, type ParseOutcome } from './call-record.ts';
import type { CallBudgetLine } from './calls.table.ts';
import { htmlToText } from './html-to-text.ts';
import { portalInstant } from './portal-dates.ts';
import { portalStatusOf, programmeFromIdentifier } from './portal-status.ts';
import { stringList, text } from './parse-grant-tender.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The search API wraps every metadata value in an array of strings: the first one, or null. */
const first = (meta: Json, key: string): string | null => stringList(meta[key])[0] ?? null;

/** A JSON string inside a metadata value (keywords, budgetOverview); null when absent or broken. */
function embeddedJson(meta: Json, key: string): unknown {
  const raw = first(meta, key);
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

interface BudgetFacts {
  lines: CallBudgetLine[];
  groups: DeadlineGroup[];
  openings: string[];
}

/** budgetOverview: { budgetTopicActionMap: { <id>: [{ action, budgetYearMap, deadlineDates, deadlineModel, plannedOpeningDate }] } }. */
function budgetFacts(overview: unknown, model: string | null): BudgetFacts {
  const facts: BudgetFacts = { lines: [], groups: [], openings: [] };
  const map = isObject(overview) && isObject(overview.budgetTopicActionMap) ? overview.budgetTopicActionMap : {};
  for (const actions of Object.values(map)) {
    for (const action of Array.isArray(actions) ? actions : []) {
      if (!isObject(action)) continue;
      const name = text(action.action);
      // "HORIZON-CL5-2024-D1-01 - HORIZON-RIA HORIZON Research…": the part after the topic names the action type.
      const type = name?.split(' - ')[1]?.split(' ')[0] ?? null;
      for (const [year, amount] of Object.entries(isObject(action.budgetYearMap) ? action.budgetYearMap : {})) {
        const value = Number(amount);
        if (Number.isFinite(value)) facts.lines.push({ ...(name ? { action: name } : {}), year, amount: value, currency: 'EUR' });
      }
      const dates = (Array.isArray(action.deadlineDates) ? action.deadlineDates : []).map(portalInstant).filter((x): x is string => !!x);
      if (dates.length) facts.groups.push({ instants: dates, model: normaliseDeadlineModel(action.deadlineModel) ?? model, action: type });
      const opening = portalInstant(action.plannedOpeningDate);
      if (opening) facts.openings.push(opening);
    }
  }
  return facts;
}

/**
 * One result of the portal's search API (results[].metadata, every value an array of
 * strings; keywords and budgetOverview are JSON inside them) as a normalised call.
 */
export function parseSearchResult(result: unknown): ParseOutcome {
  if (!isObject(result)) return { ok: false, reason: 'not an object' };
  const meta = isObject(result.metadata) ? result.metadata : {};
  const identifier = first(meta, 'identifier') ?? text(result.reference) ?? null;
  const title = first(meta, 'title') ?? text(result.title) ?? text(result.summary);
  if (!identifier) return { ok: false, reason: 'no identifier' };
  if (!title) return { ok: false, reason: `no title (${identifier})` };
  const kind = first(meta, 'type') === '0' ? 'tender' : 'grant';
  const deadlineModel = normaliseDeadlineModel(first(meta, 'deadlineModel'));
  const budget = budgetFacts(embeddedJson(meta, 'budgetOverview'), deadlineModel);
  const keywordsJson = embeddedJson(meta, 'keywords');
  const keywords = Array.isArray(keywordsJson) ? stringList(keywordsJson) : stringList(meta.keywords).filter((k) => !k.startsWith('['));
  const openings = [portalInstant(first(meta, 'startDate')), ...budget.openings].filter((x): x is string => !!x).sort();
  const programmeCode = first(meta, 'frameworkProgrammeAbbreviation') ?? (kind === 'grant' ? programmeFromIdentifier(identifier) : null);

  const call: NormalisedCall = {
    identifier,
    kind,
    title,
    callIdentifier: first(meta, 'callIdentifier'),
    callTitle: first(meta, 'callTitle'),
    programmeCode,
    programmeName: first(meta, 'frameworkProgrammeDescription'),
    portalStatus: portalStatusOf(first(meta, 'status')),
    deadlineModel,
    openingAt: openings[0] ?? null,
    deadlines: collectDeadlines([
      {
        instants: stringList(meta.deadlineDate)
          .map(portalInstant)
          .filter((x): x is string => !!x),
        model: deadlineModel,
      },
      ...budget.groups,
    ]),
    tags: stringList(meta.tags),
    keywords,
    summary: htmlToText(first(meta, 'descriptionByte') ?? first(meta, 'description') ?? text(result.content) ?? ''),
    latestInfos: [],
    budget: budget.lines.length ? budget.lines : null,
    url: portalUrl(kind, identifier),
  };
  return { ok: true, call };
}
