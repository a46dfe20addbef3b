import { describe, expect, it } from 'vitest';
import { uiLocales } from '../../shared/locales.ts';
import { matchMessages, renderReason } from './match-messages.ts';
import { matchReasonCodes, type MatchReason } from './match-reason.ts';

describe('renderReason', () => {
  it('has every reason in every UI language', () => {
    for (const lang of uiLocales) for (const code of matchReasonCodes) expect(matchMessages[lang][code], `${lang} ${code}`).toBeTruthy();
  });

  it('names concepts with the taxonomy labels of the reader and SDGs', () => {
    const reason: MatchReason = { code: 'shared-concepts', params: { concepts: ['climate-adaptation'], sdgs: [11, 13] } };
    expect(renderReason(reason, 'en')).toMatch(/^Both work on .+ \(SDG 11, 13\)$/);
    expect(renderReason(reason, 'de')).toMatch(/^Beide arbeiten an .+ \(SDG 11, 13\)$/);
    expect(renderReason(reason, 'en')).not.toBe(renderReason(reason, 'ro'));
  });

  it('renders a common language in the reader language', () => {
    const reason: MatchReason = { code: 'common-language', params: { langs: ['en'] } };
    expect(renderReason(reason, 'en')).toBe('Both work in English');
    expect(renderReason(reason, 'de')).toBe('Beide arbeiten auf Englisch');
  });

  it('renders offer pairs with category and concepts, or the title when no concept is shared', () => {
    const params = { concepts: ['irrigation'], words: [], category: 'pilot-site', theirItemId: 'a', theirTitle: 'Test fields', yourItemId: 'b' };
    expect(renderReason({ code: 'they-offer-what-you-seek', params }, 'en')).toMatch(/^They offer what you are looking for: Pilot site – /);
    expect(renderReason({ code: 'they-seek-what-you-offer', params: { ...params, concepts: [], category: null } }, 'de')).toBe(
      'Sucht, was Sie anbieten: “Test fields”',
    );
    expect(renderReason({ code: 'complementary-kinds', params: { kind: 'startup', otherKind: 'university' } }, 'hu')).toBe(
      'Startup és Egyetem: kiegészítik egymást',
    );
  });

  it('names shared words, quoted from the reader, when no concept connects two texts', () => {
    const params = { concepts: [], words: ['Palliativ', 'LoRaWAN'], category: null, theirItemId: 'a', theirTitle: 'Îngrijiri paliative', yourItemId: 'b' };
    expect(renderReason({ code: 'they-offer-what-you-seek', params }, 'en')).toBe(
      'They offer what you are looking for: “Îngrijiri paliative” (“Palliativ” and “LoRaWAN”)',
    );
    expect(renderReason({ code: 'shared-words', params: { words: ['Varroa'] } }, 'ro')).toBe('Textele voastre au în comun cuvintele “Varroa”');
  });

  it('says that a shared need makes peers, not a provider, in every language', () => {
    for (const lang of ['de', 'ro', 'en', 'hu'] as const) {
      const text = renderReason({ code: 'seek-the-same', params: { concepts: ['irrigation'], words: [] } }, lang);
      expect(text).not.toMatch(/\{|undefined/);
      expect(text.length).toBeGreaterThan(20);
    }
  });
});
