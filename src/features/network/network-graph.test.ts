import { describe, expect, it } from 'vitest';
import { filterNetwork, isThemeBridge, networkFigures, strengthOfStage, tiesFromIntroductions, type NetworkOrganisation } from './network-graph.ts';

const org = (id: string, cityId: string, themes: string[] = [], kind = 'company'): NetworkOrganisation => ({ id, cityId, kind, themes });

describe('tiesFromIntroductions', () => {
  it('merges both directions into one tie with the strongest stage reached', () => {
    const ties = tiesFromIntroductions([
      { fromId: 'b', toId: 'a', stage: 'met' },
      { fromId: 'a', toId: 'b', stage: 'collaborating' },
      { fromId: 'c', toId: 'a', stage: null },
    ]);
    expect(ties).toEqual([
      { id: 'a:b', source: 'a', target: 'b', strength: 'collaborating', introductions: 2 },
      { id: 'a:c', source: 'a', target: 'c', strength: 'introduced', introductions: 1 },
    ]);
  });

  it('keeps a joint project when a later introduction of the pair is only introduced', () => {
    const ties = tiesFromIntroductions([
      { fromId: 'a', toId: 'b', stage: 'joint-project' },
      { fromId: 'b', toId: 'a', stage: 'introduced' },
    ]);
    expect(ties).toHaveLength(1);
    expect(ties[0].strength).toBe('joint-project');
  });

  it('ignores an introduction of an organisation to itself', () => {
    expect(tiesFromIntroductions([{ fromId: 'a', toId: 'a', stage: null }])).toEqual([]);
  });

  it('maps the follow-up ladder to three strengths', () => {
    expect([null, 'introduced', 'met', 'collaborating', 'joint-project'].map(strengthOfStage)).toEqual([
      'introduced',
      'introduced',
      'introduced',
      'collaborating',
      'joint-project',
    ]);
  });
});

describe('networkFigures', () => {
  const orgs = [
    org('d1', 'dortmund', ['energy']),
    org('d2', 'dortmund', ['mobility']),
    org('d3', 'dortmund'),
    org('c1', 'cluj', ['energy', 'mobility']),
    org('c2', 'cluj', ['culture']),
  ];

  it('counts ties, cross-city ties, strong ties and the share of members with a tie', () => {
    const ties = tiesFromIntroductions([
      { fromId: 'd1', toId: 'c1', stage: 'collaborating' },
      { fromId: 'd2', toId: 'c1', stage: null },
      { fromId: 'd1', toId: 'd2', stage: 'joint-project' },
    ]);
    const f = networkFigures(orgs, ties, ['dortmund', 'cluj']);
    expect(f).toMatchObject({ organisations: 5, ties: 3, crossCityTies: 2, strongTies: 2 });
    expect(f.tiedShare.overall).toEqual({ tied: 3, total: 5, share: 0.6 });
    expect(f.tiedShare.perCity).toEqual([
      { cityId: 'dortmund', tied: 2, total: 3, share: 2 / 3 },
      { cityId: 'cluj', tied: 1, total: 2, share: 0.5 },
    ]);
    expect(Object.fromEntries(f.degree)).toEqual({ d1: 2, d2: 2, d3: 0, c1: 2, c2: 0 });
  });

  it('names as theme bridges the organisations tied to two partners without a common theme', () => {
    const ties = tiesFromIntroductions([
      { fromId: 'c1', toId: 'd1', stage: null }, // energy
      { fromId: 'c1', toId: 'd2', stage: null }, // mobility: no theme in common with d1
      { fromId: 'd1', toId: 'c2', stage: null }, // d1: partners c1 (energy, mobility) and c2 (culture)
    ]);
    const f = networkFigures(orgs, ties, ['dortmund', 'cluj']);
    expect(f.themeBridges).toEqual([
      { organisationId: 'd1', themes: ['culture', 'energy', 'mobility'], degree: 2 },
      { organisationId: 'c1', themes: ['energy', 'mobility'], degree: 2 },
    ]);
  });

  it('gives zero shares and no bridges for an empty network', () => {
    const f = networkFigures([], [], ['dortmund']);
    expect(f).toMatchObject({ organisations: 0, ties: 0, crossCityTies: 0, strongTies: 0, themeBridges: [] });
    expect(f.tiedShare.perCity).toEqual([{ cityId: 'dortmund', tied: 0, total: 0, share: 0 }]);
  });

  it('ignores ties to organisations outside the given network', () => {
    const f = networkFigures([org('a', 'x')], tiesFromIntroductions([{ fromId: 'a', toId: 'zz', stage: null }]), ['x']);
    expect(f.ties).toBe(0);
    expect(f.tiedShare.overall.tied).toBe(0);
  });
});

describe('isThemeBridge', () => {
  it('needs two partners that share no theme, each with a theme', () => {
    expect(isThemeBridge([['a'], ['b']])).toBe(true);
    expect(
      isThemeBridge([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    ).toBe(false);
    expect(isThemeBridge([['a', 'b']])).toBe(false);
    expect(isThemeBridge([['a'], []])).toBe(false);
    expect(isThemeBridge([])).toBe(false);
  });
});

describe('filterNetwork', () => {
  it('keeps the organisations of the theme and kind and only the ties among them', () => {
    const orgs = [org('a', 'x', ['energy'], 'startup'), org('b', 'y', ['energy'], 'university'), org('c', 'y', ['culture'], 'startup')];
    const ties = tiesFromIntroductions([
      { fromId: 'a', toId: 'b', stage: null },
      { fromId: 'a', toId: 'c', stage: null },
    ]);
    const byTheme = filterNetwork(orgs, ties, { theme: 'energy' });
    expect(byTheme.organisations.map((o) => o.id)).toEqual(['a', 'b']);
    expect(byTheme.ties.map((t) => t.id)).toEqual(['a:b']);
    const byKind = filterNetwork(orgs, ties, { kind: 'startup' });
    expect(byKind.organisations.map((o) => o.id)).toEqual(['a', 'c']);
    expect(byKind.ties.map((t) => t.id)).toEqual(['a:c']);
    expect(filterNetwork(orgs, ties, { theme: 'energy', kind: 'startup' }).ties).toEqual([]);
    expect(filterNetwork(orgs, ties, {}).organisations).toHaveLength(3);
  });
});
