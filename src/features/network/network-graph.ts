/**
 * The partnership's network as a graph, and the key figures read from it. Pure: no I/O.
 *
 * A tie is an introduction the other side accepted (double opt-in). Several introductions
 * between the same two organisations (in either direction) are one tie, as strong as the
 * furthest stage any of them reached on the follow-up ladder.
 */

export const tieStrengths = ['introduced', 'collaborating', 'joint-project'] as const;
export type TieStrength = (typeof tieStrengths)[number];

export interface NetworkOrganisation {
  id: string;
  cityId: string;
  kind: string;
  themes: readonly string[];
}

/** An accepted introduction; `stage` is the follow-up ladder step (null = just introduced). */
export interface AcceptedIntroduction {
  fromId: string;
  toId: string;
  stage: string | null;
}

export interface Tie {
  /** Stable id: the two organisation ids in sorted order. */
  id: string;
  source: string;
  target: string;
  strength: TieStrength;
  /** How many accepted introductions make up the tie. */
  introductions: number;
}

/** 'met' is still only an acquaintance; collaborating and a joint project are stronger ties. */
export function strengthOfStage(stage: string | null): TieStrength {
  if (stage === 'joint-project') return 'joint-project';
  if (stage === 'collaborating') return 'collaborating';
  return 'introduced';
}

const rank = (s: TieStrength) => tieStrengths.indexOf(s);

/** Merges accepted introductions into undirected ties; self-introductions are ignored. */
export function tiesFromIntroductions(introductions: readonly AcceptedIntroduction[]): Tie[] {
  const byPair = new Map<string, Tie>();
  for (const intro of introductions) {
    if (intro.fromId === intro.toId) continue;
    const [source, target] = intro.fromId < intro.toId ? [intro.fromId, intro.toId] : [intro.toId, intro.fromId];
    const id = `${source}:${target}`;
    const strength = strengthOfStage(intro.stage);
    const tie = byPair.get(id);
    if (!tie) byPair.set(id, { id, source, target, strength, introductions: 1 });
    else {
      tie.introductions += 1;
      if (rank(strength) > rank(tie.strength)) tie.strength = strength;
    }
  }
  return [...byPair.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface NetworkFilter {
  theme?: string | null;
  kind?: string | null;
}

/**
 * The organisations that match the filter and the ties among them only (the induced subgraph):
 * "the network of the energy organisations" is about how they are tied to each other.
 */
export function filterNetwork<O extends NetworkOrganisation>(organisations: readonly O[], ties: readonly Tie[], filter: NetworkFilter) {
  const kept = organisations.filter((o) => (!filter.theme || o.themes.includes(filter.theme)) && (!filter.kind || o.kind === filter.kind));
  const ids = new Set(kept.map((o) => o.id));
  return { organisations: kept, ties: ties.filter((t) => ids.has(t.source) && ids.has(t.target)) };
}

export interface TiedShare {
  tied: number;
  total: number;
  /** tied / total, 0 when there is no organisation. */
  share: number;
}

export interface ThemeBridge {
  organisationId: string;
  /** All themes of the organisations it is tied to, sorted. */
  themes: string[];
  /** How many tie partners it has. */
  degree: number;
}

export interface NetworkFigures {
  organisations: number;
  ties: number;
  crossCityTies: number;
  /** Ties at the stage collaborating or joint project. */
  strongTies: number;
  tiedShare: { overall: TiedShare; perCity: ({ cityId: string } & TiedShare)[] };
  themeBridges: ThemeBridge[];
  /** Number of ties per organisation id (0 for organisations without one). */
  degree: Map<string, number>;
}

const share = (tied: number, total: number): TiedShare => ({ tied, total, share: total === 0 ? 0 : tied / total });

/**
 * An organisation bridges themes when at least two of its tie partners share no theme with each
 * other (both having at least one): it connects fields that are not connected through it
 * otherwise by a common theme. Partners without any theme do not count either way.
 */
export function isThemeBridge(partnerThemes: readonly (readonly string[])[]): boolean {
  const withThemes = partnerThemes.filter((t) => t.length > 0);
  for (let i = 0; i < withThemes.length; i++) {
    for (let j = i + 1; j < withThemes.length; j++) {
      if (!withThemes[i].some((theme) => withThemes[j].includes(theme))) return true;
    }
  }
  return false;
}

/** Key figures of a (possibly filtered) network; cityIds gives the order of the per-city shares. */
export function networkFigures(organisations: readonly NetworkOrganisation[], ties: readonly Tie[], cityIds: readonly string[]): NetworkFigures {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const partners = new Map<string, string[]>(organisations.map((o) => [o.id, []]));
  let crossCityTies = 0;
  let strongTies = 0;
  let counted = 0;
  for (const tie of ties) {
    const a = byId.get(tie.source);
    const b = byId.get(tie.target);
    if (!a || !b) continue; // a tie to an organisation outside the network is not part of it
    counted += 1;
    partners.get(a.id)!.push(b.id);
    partners.get(b.id)!.push(a.id);
    if (a.cityId !== b.cityId) crossCityTies += 1;
    if (tie.strength !== 'introduced') strongTies += 1;
  }
  const degree = new Map([...partners].map(([id, list]) => [id, list.length]));
  const tiedIn = (list: readonly NetworkOrganisation[]) => list.filter((o) => degree.get(o.id)! > 0).length;
  const themeBridges: ThemeBridge[] = [];
  for (const o of organisations) {
    const partnerThemes = partners.get(o.id)!.map((id) => byId.get(id)!.themes);
    if (!isThemeBridge(partnerThemes)) continue;
    themeBridges.push({ organisationId: o.id, themes: [...new Set(partnerThemes.flat())].sort(), degree: degree.get(o.id)! });
  }
  themeBridges.sort((x, y) => y.themes.length - x.themes.length || y.degree - x.degree || (x.organisationId < y.organisationId ? -1 : 1));
  return {
    organisations: organisations.length,
    ties: counted,
    crossCityTies,
    strongTies,
    tiedShare: {
      overall: share(tiedIn(organisations), organisations.length),
      perCity: cityIds.map((cityId) => {
        const inCity = organisations.filter((o) => o.cityId === cityId);
        return { cityId, ...share(tiedIn(inCity), inCity.length) };
      }),
    },
    themeBridges,
    degree,
  };
}
