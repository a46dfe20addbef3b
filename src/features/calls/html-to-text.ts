import { decode } from 'html-entities';

const BLOCK = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|hr)\b[^>]*>/gi;

/**
 * Plain text from the portal's HTML snippets, for reading and tagging. The result is never
 * rendered as HTML (the web app prints text), so removing tags is enough: script and style
 * bodies and comments go first, block elements become line breaks, entities are decoded last,
 * so an encoded "&lt;b&gt;" stays visible text instead of becoming a tag.
 */
export function htmlToText(html: string | null | undefined, maxLength = 20_000): string {
  if (!html) return '';
  const text = decode(
    html
      .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
      .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(BLOCK, '\n')
      .replace(/<\/?[a-z!?/][^>]*(>|$)/gi, ' '),
  )
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
