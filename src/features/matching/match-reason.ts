/**
 * A reason is a code with parameters: language independent, so the API renders it in the
 * reader's language (match-messages.ts) and the web app can render it itself.
 */
export type MatchReason =
  | { code: 'they-offer-what-you-seek'; params: ItemPairParams }
  | { code: 'they-seek-what-you-offer'; params: ItemPairParams }
  | { code: 'shared-concepts'; params: { concepts: string[]; sdgs: number[] } }
  /** No concept connects them, but their texts share rare words (cognates, codes, names), quoted from the reader's text. */
  | { code: 'shared-words'; params: { words: string[] } }
  /** Both seek the same: peers at most (a joint application), never a provider. */
  | { code: 'seek-the-same'; params: { concepts: string[]; words: string[] } }
  | { code: 'complementary-kinds'; params: { kind: string; otherKind: string } }
  | { code: 'peer-kinds'; params: { kind: string } }
  | { code: 'common-language'; params: { langs: string[] } }
  | { code: 'partnership-focus'; params: { themes: string[] } }
  | { code: 'recently-active'; params: { updatedOn: string } };

export interface ItemPairParams {
  /** Shared concepts, most informative first (may be empty when only the category matches). */
  concepts: string[];
  /** Without a shared concept: the reader's words that the other text shares (cognates, codes, names). */
  words: string[];
  /** The category both share, when they do. */
  category: string | null;
  /** The candidate's offer or request, and its title as written. */
  theirItemId: string;
  theirTitle: string;
  /** The reader's own request or offer it answers. */
  yourItemId: string;
}

export type MatchReasonCode = MatchReason['code'];
export const matchReasonCodes: readonly MatchReasonCode[] = [
  'they-offer-what-you-seek',
  'they-seek-what-you-offer',
  'shared-concepts',
  'shared-words',
  'seek-the-same',
  'complementary-kinds',
  'peer-kinds',
  'common-language',
  'partnership-focus',
  'recently-active',
];
