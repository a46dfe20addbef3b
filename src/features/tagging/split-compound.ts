/**
 * Decomposes compounds against a vocabulary of known words. German (and Hungarian) glue words
 * together: "Tropfbewässerungssystem" is Tropfbewässerung + s + System, "Wasserstoffwirtschaft" is
 * Wasserstoff + Wirtschaft. Only the vocabulary decides what a part is, so the splitter never
 * invents words; parts it does not know are kept as unknown segments.
 */

export interface CompoundPart {
  /** The part in the splitter's folded spelling (German: ä→ae, ö→oe, ü→ue, ß→ss). */
  text: string;
  known: boolean;
}

export interface CompoundSplitterOptions {
  /** Fugenelemente allowed between two parts, e.g. German s, es, n, en, er. */
  linkingElements?: readonly string[];
  /** Shortest vocabulary word accepted as a part; short words match by accident too often. */
  minPartLength?: number;
  /** Spelling folded before comparison; must be the same for vocabulary and words. */
  fold?: (word: string) => string;
  /**
   * Words shorter than minPartLength accepted as a compound's first part only ("Gas" in
   * "Gasversorgung", "víz" in "vízszolgáltató"): everyday short nouns that often start compounds,
   * where anywhere else they would match by accident.
   */
  shortFirstParts?: Iterable<string>;
}

export interface CompoundSplitter {
  /**
   * The parts of a compound in order, or [] when the word has no known part other than
   * itself. The whole word never counts as its own part.
   */
  split(word: string): CompoundPart[];
}

export const germanLinkingElements = ['s', 'es', 'n', 'en', 'er', 'e'] as const;

interface Parse {
  parts: CompoundPart[];
  covered: number;
  known: number;
  unknown: number;
}

const better = (a: Parse, b: Parse | undefined): boolean =>
  !b || a.covered > b.covered || (a.covered === b.covered && (a.unknown < b.unknown || (a.unknown === b.unknown && a.known < b.known)));

/**
 * Longest-match decomposition with backtracking: every position tries the known words that start
 * there, longest first, optionally followed by a linking element; the parse covering the most
 * letters with known words wins, ties going to fewer unknown stretches and then to fewer, longer
 * parts (so "tropfbewaesserung" beats "tropf" + "bewaesserung" when both are known).
 */
export function createCompoundSplitter(vocabulary: Iterable<string>, options: CompoundSplitterOptions = {}): CompoundSplitter {
  const fold = options.fold ?? ((w: string) => w.toLowerCase());
  const minPart = options.minPartLength ?? 4;
  const linking = [...(options.linkingElements ?? [])].sort((a, b) => b.length - a.length);
  const words = new Set<string>();
  let longest = 0;
  for (const raw of vocabulary) {
    const w = fold(raw);
    if (w.length >= minPart && /^[\p{L}\p{N}]+$/u.test(w)) {
      words.add(w);
      longest = Math.max(longest, w.length);
    }
  }
  const firstOnly = new Set([...(options.shortFirstParts ?? [])].map(fold).filter((w) => w.length >= 2 && w.length < minPart));
  const shortest = Math.min(minPart, ...[...firstOnly].map((w) => w.length));

  return {
    split(word: string): CompoundPart[] {
      const w = fold(word);
      if (w.length < minPart + 3) return [];
      const memo = new Map<number, Parse>();
      const parseFrom = (i: number): Parse => {
        if (i >= w.length) return { parts: [], covered: 0, known: 0, unknown: 0 };
        const cached = memo.get(i);
        if (cached) return cached;
        // An unknown letter, merged with the unknown stretch that follows.
        const rest = parseFrom(i + 1);
        const [first, ...others] = rest.parts;
        let best: Parse =
          first && !first.known
            ? { ...rest, parts: [{ text: w[i] + first.text, known: false }, ...others] }
            : { parts: [{ text: w[i], known: false }, ...rest.parts], covered: rest.covered, known: rest.known, unknown: rest.unknown + 1 };
        for (let len = Math.min(longest, w.length - i); len >= (i === 0 ? shortest : minPart); len--) {
          if (i === 0 && len === w.length) continue;
          const candidate = w.slice(i, i + len);
          if (!words.has(candidate) && !(i === 0 && firstOnly.has(candidate))) continue;
          for (const link of ['', ...linking]) {
            const next = i + len + link.length;
            if (link && (!w.startsWith(link, i + len) || next >= w.length)) continue;
            const tail = parseFrom(next);
            const parse: Parse = {
              parts: [{ text: candidate, known: true }, ...tail.parts],
              covered: len + link.length + tail.covered,
              known: tail.known + 1,
              unknown: tail.unknown,
            };
            if (better(parse, best)) best = parse;
          }
        }
        memo.set(i, best);
        return best;
      };
      const result = parseFrom(0);
      return result.known > 0 && result.parts.length > 1 ? result.parts : [];
    },
  };
}
