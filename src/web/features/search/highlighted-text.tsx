import type { ReactNode } from 'react';

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e]);

/**
 * Splits the API's highlight (HTML-escaped text with the matches in <mark>…</mark>) into plain
 * text and <mark> elements. The text is written by other people, so it is never handed to the
 * browser as HTML: React renders every piece as text.
 */
export function highlightParts(highlight: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of highlight.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescape(piece), marked });
  }
  return parts;
}

export function HighlightedText({ highlight }: { highlight: string }): ReactNode {
  return highlightParts(highlight).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}
