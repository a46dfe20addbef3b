import type { LanguageIndex, TermEntry } from './concept-index.ts';
import type { Token } from './normalize-text.ts';
import { matchKeys } from './stem.ts';

/** A taxonomy term found in a text. */
export interface TermMatch {
  entry: TermEntry;
  /** First and last token of the text covered by the match (inclusive). */
  start: number;
  end: number;
  /** Found inside a compound ("Tropfbewässerung" in "Tropfbewässerungssystem"). */
  viaCompound: boolean;
  /** A word of the text sat between two words of the term ("operator regional de apă"). */
  gapped: boolean;
}

interface Position {
  keys: ReadonlySet<string>;
  length: number;
  surface: string;
  token: number;
  part: boolean;
}

const MIN_COMPOUND_LENGTH = 8;
/**
 * Stemmers also strip derivational suffixes: English "accessibility" and "access" share the stem
 * "access", Romanian "accesibilitate" and "acces" share "acces". A text word much shorter than the
 * term word it shares a stem with is a different word, not an inflected form.
 */
const MAX_DERIVATION_GAP = 4;

const sameWord = (entry: TermEntry, j: number, position: Position): boolean =>
  entry.lengths[j] - position.length < MAX_DERIVATION_GAP && entry.keys[j].some((k) => position.keys.has(k));

/**
 * Where the words of a multi-word term end when it starts at `from`, allowing one extra word of
 * the text between two of its words; null when it does not match there.
 */
function matchEnd(entry: TermEntry, positions: readonly Position[], from: number): { end: number; gapped: boolean } | null {
  let at = from;
  let gapped = false;
  for (let j = 1; j < entry.keys.length; j++) {
    const next = positions[at + 1];
    if (next && sameWord(entry, j, next)) at += 1;
    else if (!gapped && positions[at + 2] && sameWord(entry, j, positions[at + 2])) {
      at += 2;
      gapped = true;
    } else return null;
  }
  return { end: at, gapped };
}

function scan(positions: readonly Position[], index: LanguageIndex): TermMatch[] {
  const found = new Map<string, TermMatch>();
  const add = (entry: TermEntry, from: number, to: number, gapped: boolean) => {
    const span = positions.slice(from, to + 1);
    const match: TermMatch = { entry, start: span[0].token, end: span[span.length - 1].token, viaCompound: span.some((p) => p.part), gapped };
    const key = `${entry.conceptKey}\u0000${entry.term}\u0000${from}`;
    const seen = found.get(key);
    if (!seen || (seen.gapped && !gapped)) found.set(key, match);
  };
  positions.forEach((position, i) => {
    const candidates = new Set<TermEntry>();
    for (const key of position.keys) for (const entry of index.byFirstKey.get(key) ?? []) candidates.add(entry);
    for (const entry of candidates) {
      if (!sameWord(entry, 0, position)) continue;
      const end = matchEnd(entry, positions, i);
      if (end) add(entry, i, end.end, end.gapped);
    }
    if (!position.part) {
      const { surface } = position;
      const entries = index.acronyms.get(surface) ?? (surface.endsWith('s') ? index.acronyms.get(surface.slice(0, -1)) : undefined);
      for (const entry of entries ?? []) add(entry, i, i, false);
    }
  });
  return [...found.values()];
}

/**
 * Every term of one language's index that occurs in the tokens. Words that match no term as a
 * whole are tried as compounds: their known parts take their place and are matched again, so
 * "intelligentes Bewässerungssystem" still meets "intelligente Bewässerung".
 */
export function findTermMatches(tokens: readonly Token[], index: LanguageIndex): TermMatch[] {
  const positions: Position[] = tokens.map((t, i) => ({
    keys: new Set(matchKeys(t.text, index.lang)),
    length: t.text.length,
    surface: t.surface,
    token: i,
    part: false,
  }));
  const direct = scan(positions, index);
  if (!index.splitter) return direct;

  const wholeWord = new Set(direct.filter((m) => m.start === m.end && (m.entry.keys.length === 1 || m.entry.acronym)).map((m) => m.start));
  const expanded: Position[] = [];
  let split = false;
  tokens.forEach((token, i) => {
    const parts = !wholeWord.has(i) && token.text.length >= MIN_COMPOUND_LENGTH ? index.splitter!.split(token.text) : [];
    if (parts.length === 0) {
      expanded.push(positions[i]);
      return;
    }
    split = true;
    for (const part of parts) {
      // Unknown stretches keep their place (adjacency matters) but match nothing.
      expanded.push({
        keys: new Set(part.known ? matchKeys(part.text, index.lang) : []),
        length: part.text.length,
        surface: token.surface,
        token: i,
        part: true,
      });
    }
  });
  if (!split) return direct;
  return [...direct, ...scan(expanded, index).filter((m) => m.viaCompound)];
}
