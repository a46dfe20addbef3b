import { Feed } from 'feed';
import { encode } from 'html-entities';
import { formatCalendarDate } from '../../shared/date-style.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { FeedEntry } from './feed-entries.ts';

/** How many entries a feed carries: readers poll it, they do not page back. */
const ENTRIES = 50;

/** An Atom 1.0 document (RFC 4287) of the entries, with the page it belongs to and itself linked. */
export function atomFeed(input: {
  publicUrl: string;
  title: string;
  /** Who keeps the record (Atom requires an author): the cities' names. */
  author: string;
  pagePath: string;
  feedPath: string;
  lang: UiLocale;
  entries: readonly FeedEntry[];
}): string {
  const url = (path: string) => `${input.publicUrl}${path}`;
  const entries = input.entries.slice(0, ENTRIES);
  const feed = new Feed({
    id: url(input.feedPath),
    title: input.title,
    link: url(input.pagePath),
    language: input.lang,
    // A feed with no entry still needs an updated date; the epoch keeps its ETag stable.
    updated: new Date(entries[0]?.updated ?? 0),
    generator: 'Pontis',
    feedLinks: { atom: url(input.feedPath) },
    author: { name: input.author },
  });
  for (const e of entries) {
    feed.addItem({
      id: `${url(input.pagePath)}#${e.id}`,
      // The library marks titles and summaries as HTML: a record's text is escaped so that a reader
      // shows it as written, never as markup.
      title: encode(e.title),
      link: url(e.path),
      date: new Date(e.updated),
      // When it happened is not when it was published (a planned activity lies ahead): it leads the summary.
      description: encode([e.happenedOn && formatCalendarDate(e.happenedOn, input.lang), e.summary].filter(Boolean).join(' · ')),
    });
  }
  return feed.atom1();
}
