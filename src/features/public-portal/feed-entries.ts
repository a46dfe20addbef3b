import { chooseText } from '../../shared/localised-text-choice.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { Partnership } from '../partnerships/partnerships.schemas.ts';

/** One entry of a partnership's or a city's Atom feed. */
export interface FeedEntry {
  /** Stable across edits: the record's id. */
  id: string;
  title: string;
  /** Path of the page that shows it (the feed makes it absolute). */
  path: string;
  summary?: string;
  /** When it was recorded or last changed: what a feed reader sorts and notices by. */
  updated: string;
  /** The day it happened (or will), shown before the summary. */
  happenedOn: string | null;
}

/**
 * What a partnership's feed tells: its agreements and every entry of its timeline as the public
 * sees it (hand-entered events, public exchange activities, joint project stages shown publicly),
 * newest change first, worded in the feed's language where written in it.
 */
export function partnershipFeedEntries(
  p: Partnership,
  lang: UiLocale,
  t: (key: string, options?: Record<string, unknown>) => string,
  pagePath: string,
): FeedEntry[] {
  const entries: FeedEntry[] = [
    ...p.agreements.map((a) => ({
      id: `agreement:${a.id}`,
      title: chooseText(a.title, a.originalLang, lang)?.text ?? t(`partnerships.agreementKinds.${a.kind}`),
      path: `${pagePath}#agreements`,
      summary: chooseText(a.summary, a.originalLang, lang)?.text,
      updated: a.updatedAt,
      happenedOn: a.signedOn,
    })),
    ...p.timeline.map((e) => ({
      id: `timeline:${e.id}`,
      title: chooseText(e.title, e.originalLang, lang)?.text ?? t(`partnerships.timelineKinds.${e.kind}`),
      path: e.activityKey ? `/activities/${encodeURIComponent(e.activityKey)}` : `${pagePath}#timeline`,
      summary: chooseText(e.description, e.originalLang, lang)?.text,
      updated: e.updatedAt,
      happenedOn: e.occurredOn,
    })),
  ];
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}
