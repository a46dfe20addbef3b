import { collectDeadlines, normaliseDeadlineModel, type DeadlineGroup } from './call-deadlines.ts';
import { portalUrl, type NormalisedCall, type ParseOutcome } from './call-record.ts';
import type { CallLatestInfo } from './calls.table.ts';
import { htmlToText } from './html-to-text.ts';
import { portalInstant } from './portal-dates.ts';
import { portalStatusOf, programmeFromIdentifier } from './portal-status.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null || isObject(v) ? [] : [v]);

/** A non-empty trimmed string, or null ({} and [] count as missing, as the portal writes them). */
export function text(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s || null;
}

/** Strings of a list, trimmed, without empties and duplicates, in their order. */
export function stringList(v: unknown): string[] {
  const out: string[] = [];
  for (const item of asArray(v)) {
    const s = text(item);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

const instants = (values: unknown[]): string[] => values.map(portalInstant).filter((x): x is string => x !== null);

function latestInfosOf(v: unknown): CallLatestInfo[] {
  const infos: CallLatestInfo[] = [];
  for (const item of asArray(v)) {
    const raw = isObject(item) ? (item.content ?? item.text ?? item.description) : item;
    const body = htmlToText(typeof raw === 'string' ? raw : null, 5_000);
    if (!body) continue;
    const at = isObject(item) ? portalInstant(item.lastChangeDateLong ?? item.lastChangeDate ?? item.dateLong ?? item.date ?? item.publicationDate) : null;
    infos.push({ at, text: body });
  }
  // Newest first; undated ones after the dated, in their order.
  return infos.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));
}

/**
 * One record of the portal's reference file (fundingData.GrantTenderObj[]) as a normalised
 * call. Missing or empty ({}) fields become null or empty lists; a record without identifier
 * or title is skipped, with the reason.
 */
export function parseGrantTender(record: unknown): ParseOutcome {
  if (!isObject(record)) return { ok: false, reason: 'not an object' };
  const identifier = text(record.identifier);
  const title = text(record.title);
  if (!identifier) return { ok: false, reason: 'no identifier' };
  if (!title) return { ok: false, reason: `no title (${identifier})` };
  const kind = String(record.type ?? '1').trim() === '0' ? 'tender' : 'grant';
  const programme = isObject(record.frameworkProgramme) ? record.frameworkProgramme : {};
  const programmeCode = text(programme.abbreviation) ?? (kind === 'grant' ? programmeFromIdentifier(identifier) : null);
  const status = isObject(record.status) ? record.status : {};
  const deadlineModel = normaliseDeadlineModel(record.deadlineModel);

  const groups: DeadlineGroup[] = [{ instants: instants([...asArray(record.deadlineDatesLong), ...asArray(record.deadlineDates)]), model: deadlineModel }];
  let openingAt = portalInstant(record.plannedOpeningDateLong ?? record.plannedOpeningDate ?? record.startDateLong);
  for (const action of asArray(record.actions)) {
    if (!isObject(action)) continue;
    const types = stringList(action.types ?? action.type);
    groups.push({
      instants: instants([...asArray(action.deadlineDatesLong), ...asArray(action.deadlineDates)]),
      model: normaliseDeadlineModel(action.deadlineModel) ?? deadlineModel,
      action: types[0]?.split(' ')[0] ?? null,
    });
    const actionOpening = portalInstant(action.plannedOpeningDateLong ?? action.plannedOpeningDate);
    if (actionOpening && (!openingAt || actionOpening < openingAt)) openingAt = actionOpening;
  }

  const latestInfos = latestInfosOf(record.latestInfos);
  const description = htmlToText(
    typeof record.description === 'string' ? record.description : typeof record.descriptionByte === 'string' ? record.descriptionByte : null,
  );
  const call: NormalisedCall = {
    identifier,
    kind,
    title,
    callIdentifier: text(record.callIdentifier),
    callTitle: text(record.callTitle),
    programmeCode,
    programmeName: text(programme.description) ?? null,
    portalStatus: portalStatusOf(status.id, status.abbreviation),
    deadlineModel,
    openingAt,
    deadlines: collectDeadlines(groups),
    tags: stringList(record.tags),
    keywords: stringList(record.keywords),
    summary:
      description ||
      latestInfos
        .map((i) => i.text)
        .join('\n\n')
        .slice(0, 20_000),
    latestInfos,
    budget: null,
    url: portalUrl(kind, identifier),
  };
  return { ok: true, call };
}
