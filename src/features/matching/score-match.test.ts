import { describe, expect, it } from 'vitest';
import { conceptRarity } from './concept-rarity.ts';
import { kindFit } from './kind-complementarity.ts';
import type { MatchDocument, MatchProfile } from './match-profile.ts';
import { freshness, rankCandidates, scoreCandidate, type MatchContext, type PartnershipFocus } from './score-match.ts';
import { evidenceTerms } from '../tagging/index.ts';
import { conceptAndTermSimilarity, conceptSimilarity } from './text-similarity.ts';

const now = new Date('2026-11-21T12:00:00Z');
const doc = (id: string, type: MatchDocument['type'], concepts: string[], extra: Partial<MatchDocument> = {}): MatchDocument => ({
  id,
  type,
  concepts,
  category: null,
  lang: null,
  title: id,
  body: '',
  terms: [],
  themes: [],
  ...extra,
});
const profile = (id: string, kind: string, documents: MatchDocument[], extra: Partial<MatchProfile> = {}): MatchProfile => ({
  organisationId: id,
  key: id,
  name: id,
  kind,
  cityId: 'cluj',
  languages: [],
  updatedAt: now,
  openIntroductions: 0,
  documents,
  ...extra,
});
const noFocus: PartnershipFocus = { themes: [], themeOfConcept: new Map<string, string>() };
const context = (df: Record<string, number> = {}, population = 100, focus = noFocus): MatchContext => ({
  rarity: conceptRarity(population, new Map(Object.entries(df))),
  similarity: conceptSimilarity,
  focusFor: () => focus,
  now,
});

const startup = profile(
  'startup',
  'startup',
  [
    doc('startup', 'organisation', ['irrigation', 'iot-sensors']),
    doc('seek-pilot', 'request', ['irrigation', 'smart-agriculture'], { category: 'pilot-site', title: 'Pilot farm for sensor irrigation' }),
    doc('offer-sensors', 'offer', ['iot-sensors'], { category: 'technology' }),
  ],
  { cityId: 'dortmund', languages: ['de', 'en'] },
);

describe('scoreCandidate', () => {
  it('explains an offer that serves a request, with the shared concepts and category', () => {
    const farm = profile(
      'farm',
      'research-institute',
      [
        doc('farm', 'organisation', ['smart-agriculture']),
        doc('pilot', 'offer', ['irrigation', 'smart-agriculture'], { category: 'pilot-site', title: 'Test fields' }),
      ],
      { languages: ['ro', 'en'] },
    );
    const s = scoreCandidate(startup, farm, context({ irrigation: 3, 'smart-agriculture': 5 }))!;
    expect(s.signals.complementarity).toBe(1);
    expect(s.reasons[0]).toEqual({
      code: 'they-offer-what-you-seek',
      params: {
        concepts: ['irrigation', 'smart-agriculture'],
        words: [],
        category: 'pilot-site',
        theirItemId: 'pilot',
        theirTitle: 'Test fields',
        yourItemId: 'seek-pilot',
      },
    });
    expect(s.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['complementary-kinds', 'common-language', 'recently-active']));
    expect(s.reasons.find((r) => r.code === 'common-language')!.params).toEqual({ langs: ['en'] });
    expect(s.pairs).toEqual([{ direction: 'they-offer', theirItemId: 'pilot', yourItemId: 'seek-pilot', score: 1 }]);
  });

  it('finds the reverse direction: they seek what the reader offers', () => {
    const city = profile('city', 'public-administration', [doc('need', 'request', ['iot-sensors'], { category: 'technology' })]);
    const s = scoreCandidate(startup, city, context())!;
    expect(s.reasons[0].code).toBe('they-seek-what-you-offer');
  });

  it('weights rare shared concepts above common ones', () => {
    const common = profile('common', 'company', [doc('common', 'organisation', ['iot-sensors'])]);
    const rare = profile('rare', 'company', [doc('rare', 'organisation', ['irrigation'])]);
    const ctx = context({ 'iot-sensors': 60, irrigation: 2 });
    expect(scoreCandidate(startup, rare, ctx)!.signals.overlap).toBeGreaterThan(scoreCandidate(startup, common, ctx)!.signals.overlap);
  });

  it('returns nothing when no concept or serving pair connects them', () => {
    expect(scoreCandidate(startup, profile('x', 'university', [doc('x', 'organisation', ['tourism'])], { languages: ['en'] }), context())).toBeNull();
  });

  it('ranks an organisation with many open introductions down', () => {
    const docs = [doc('o', 'offer', ['irrigation', 'smart-agriculture'], { category: 'pilot-site' })];
    const idle = profile('idle', 'university', docs);
    const busy = profile('busy', 'university', docs, { openIntroductions: 8 });
    const [first, second] = rankCandidates(startup, [busy, idle], context(), { limit: 5 });
    expect(first.organisationId).toBe('idle');
    expect(second.score).toBeLessThan(first.score);
    expect(second.signals.load).toBeLessThan(1);
  });

  it('never ranks the reader itself or organisations of its own city', () => {
    const same = profile('same', 'university', [doc('o', 'offer', ['irrigation'])], { cityId: 'dortmund' });
    expect(rankCandidates(startup, [same, { ...startup }], context(), { limit: 5 })).toEqual([]);
  });

  it('names focus themes of the partnership that the match touches', () => {
    const focus = { themes: ['agriculture'], themeOfConcept: new Map([['irrigation', 'agriculture']]) };
    const farm = profile('farm', 'university', [doc('pilot', 'offer', ['irrigation'])]);
    const s = scoreCandidate(startup, farm, context({}, 100, focus))!;
    expect(s.reasons).toContainEqual({ code: 'partnership-focus', params: { themes: ['agriculture'] } });
    expect(s.signals.focus).toBeGreaterThan(0);
  });

  it('matches a single item only through its own pairs', () => {
    const serves = profile('serves', 'company', [doc('s', 'offer', ['iot-sensors'])]);
    expect(scoreCandidate(startup, serves, context(), { itemId: 'seek-pilot' })).toBeNull();
    const farm = profile('farm', 'company', [doc('f', 'offer', ['irrigation'])]);
    expect(scoreCandidate(startup, farm, context(), { itemId: 'seek-pilot' })!.pairs.map((p) => p.theirItemId)).toEqual(['f']);
  });
});

describe('signals', () => {
  it('knows complementary kinds and peers', () => {
    expect(kindFit('startup', 'research-institute')).toEqual({ fit: 1, relation: 'complementary' });
    expect(kindFit('university', 'company').fit).toBe(1);
    expect(kindFit('public-administration', 'public-administration')).toEqual({ fit: 1, relation: 'peers' });
    expect(kindFit('ngo', 'public-administration').fit).toBeGreaterThan(kindFit('ngo', 'company').fit);
  });

  it('fades freshness after three months', () => {
    expect(freshness(new Date('2026-10-01'), now)).toBe(1);
    expect(freshness(new Date('2025-06-01'), now)).toBeLessThan(1);
    expect(freshness(new Date('2020-01-01'), now)).toBe(0);
  });
});

describe('direction and evidence (issue 14)', () => {
  const seeker = profile(
    'seeker',
    'ngo',
    [
      doc('need', 'request', ['elderly-care'], {
        title: 'Palliative care',
        body: 'We seek training in palliative care.',
        terms: evidenceTerms('Palliative care training'),
      }),
    ],
    {
      cityId: 'dortmund',
    },
  );
  const words = (text: string) => ({ terms: evidenceTerms(text), body: text });
  const ctx = () => ({ ...context({ 'elderly-care': 10 }), similarity: conceptAndTermSimilarity });

  it('ranks the one who offers what is sought above the one who seeks the same, and says which is which', () => {
    const provider = profile('provider', 'ngo', [doc('o', 'offer', ['elderly-care'], words('Îngrijiri paliative: cursuri pentru voluntari'))]);
    const peer = profile('peer', 'ngo', [doc('r', 'request', ['elderly-care'], words('Căutăm formare în îngrijiri paliative'))]);
    const [first, second] = rankCandidates(seeker, [peer, provider], ctx(), { limit: 5 });
    expect(first.organisationId).toBe('provider');
    expect(first.reasons[0].code).toBe('they-offer-what-you-seek');
    expect(second.organisationId).toBe('peer');
    expect(second.signals.complementarity).toBe(0);
    expect(second.reasons.map((r) => r.code)).toContain('seek-the-same');
    expect(first.score).toBeGreaterThan(second.score + 0.2);
  });

  it('connects texts without a shared concept through shared words, as some evidence, naming the words', () => {
    const niche = profile(
      'niche',
      'ngo',
      [
        doc('need', 'request', [], {
          title: 'Hospiz',
          body: 'Wir suchen Austausch zur Palliativversorgung.',
          terms: evidenceTerms('Hospiz. Wir suchen Austausch zur Palliativversorgung.'),
        }),
      ],
      {
        cityId: 'dortmund',
      },
    );
    const hospice = profile('hospice', 'ngo', [doc('o', 'offer', [], words('Oferim cursuri de îngrijiri paliative'))]);
    const s = scoreCandidate(niche, hospice, ctx())!;
    expect(s.evidence).toBe('some');
    expect(s.signals.complementarity).toBeGreaterThan(0);
    expect(s.reasons[0]).toMatchObject({ code: 'they-offer-what-you-seek', params: { concepts: [], words: ['Palliativversorgung'] } });
  });

  it('keeps kind-only candidates as weak evidence only when asked (the last resort)', () => {
    const loner = profile('loner', 'ngo', [doc('d', 'organisation', [], words('Verein'))], { cityId: 'dortmund' });
    const other = profile('other', 'ngo', [doc('x', 'organisation', [], words('Asociație'))]);
    expect(scoreCandidate(loner, other, ctx())).toBeNull();
    const weak = scoreCandidate(loner, other, ctx(), { keepWeak: true })!;
    expect(weak.evidence).toBe('weak');
    expect(weak.reasons.map((r) => r.code)).toContain('peer-kinds');
  });

  it('calls concept connections strong', () => {
    const provider = profile('provider', 'ngo', [doc('o', 'offer', ['elderly-care'])]);
    expect(scoreCandidate(seeker, provider, ctx())!.evidence).toBe('strong');
  });
});
