/**
 * What stands in an audit snapshot where personal data was: the history keeps its fields, times
 * and non-personal changes, but no longer says who. An object, so that it cannot be mistaken for
 * a value someone typed.
 */
export const ERASED = Object.freeze({ erased: true });
export const ERASED_ACTOR_LABEL = 'erased user';
export const ERASED_TEXT = '[erased]';

export interface ErasureTarget {
  /** Snapshot fields that hold the person's own data, replaced whatever their value. */
  personalKeys: ReadonlySet<string>;
  /** Texts that identify the person (lower case): a string containing one is replaced. */
  needles: readonly string[];
  /**
   * Names (lower case) replaced only where a whole string equals them: "Ion" must not erase every
   * "Organisation", but a field holding just "Ion" is the person's name.
   */
  exactValues?: readonly string[];
}

// Fields of the user and person snapshots that describe the human being.
export const USER_PERSONAL_KEYS: ReadonlySet<string> = new Set(['email', 'displayName', 'locale']);
export const PERSON_PERSONAL_KEYS: ReadonlySet<string> = new Set(['name', 'email', 'phone', 'roleTitle', 'languages']);

/** The identifying texts worth searching for: blank or very short ones would match anything. */
export function needlesOf(...values: (string | null | undefined)[]): string[] {
  const needles = values.map((v) => v?.trim() ?? '').filter((v) => v.length >= 3);
  return [...new Set(needles.map((v) => v.toLowerCase()))];
}

/**
 * How to find a human being in texts: e-mail address and phone number anywhere; the name
 * anywhere only when it is distinctive (two words or more), otherwise only as a whole value.
 */
export function identifyingTexts(input: { email?: string | null; phone?: string | null; name?: string | null }) {
  const name = input.name?.trim() ?? '';
  const distinctiveName = /\s/.test(name) && name.length >= 5 ? name : null;
  const phone = (input.phone?.replace(/\D/g, '').length ?? 0) >= 6 ? input.phone : null;
  return { needles: needlesOf(input.email, phone, distinctiveName), exactValues: needlesOf(name) };
}

/**
 * A needle as a whole token: "ana@example.org" is not found in "hana@example.org" nor in
 * "ana@example.org.uk", "Ana Pop" not in "Ana Popescu"; a full stop after it ends a sentence.
 */
function tokenPattern(needle: string, flags: string): RegExp {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_.+-])${escaped}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, flags);
}

const mentions = (text: string, needles: readonly string[]) => needles.some((n) => tokenPattern(n, 'iu').test(text));

/**
 * A copy of an audit snapshot with the person's data replaced by the tombstone: the personal
 * fields at any depth (only when `personalKeys` applies, i.e. in snapshots about the person), and
 * every string that mentions them. Other values are kept, so the history keeps its shape.
 */
export function scrubSnapshot(value: unknown, target: ErasureTarget): unknown {
  if (typeof value === 'string') {
    const identifies = mentions(value, target.needles) || (target.exactValues ?? []).includes(value.trim().toLowerCase());
    return identifies ? ERASED : value;
  }
  if (Array.isArray(value)) return value.map((v) => scrubSnapshot(v, target));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, target.personalKeys.has(key) && v !== null ? ERASED : scrubSnapshot(v, target)]),
    );
  }
  return value;
}

/** A free text (a mail body, a label) with every mention of the person replaced. */
export function scrubText(text: string, needles: readonly string[]): string {
  let result = text;
  for (const needle of needles) result = result.replace(tokenPattern(needle, 'giu'), ERASED_TEXT);
  return result;
}

/** Whether a text mentions the person at all (to pick the rows worth rewriting). */
export const mentionsAny = mentions;
