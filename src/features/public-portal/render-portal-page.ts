import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * A portal page as HTML: React renders on the server without hydration markers (the page carries
 * no script) and escapes every text it is given, so a record's text cannot become markup.
 */
export function renderPortalPage(element: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(element)}`;
}
