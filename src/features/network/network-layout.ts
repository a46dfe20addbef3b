/**
 * A deterministic layout for the network picture: each city gets an arc of one circle (two
 * cities: the left and the right half), its organisations spread evenly along that arc, grouped
 * by their first theme and then by name. The positions depend only on the organisations, never
 * on the ties, so the picture is the same on every load, does not jump when an introduction is
 * accepted, and reveals nothing about ties to readers who may not see them. Pure: no I/O.
 */

export interface LayoutOrganisation {
  id: string;
  cityId: string;
  name: string;
  themes: readonly string[];
}

export interface Point {
  /** On the unit circle around (0, 0); y grows downwards as in SVG. */
  x: number;
  y: number;
  /** Direction from the centre, in radians: labels are written outwards along it. */
  angle: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * @param cityIds the partnership's cities in display order (the first one on the left)
 * @param themeOrder theme keys in catalogue order, so that organisations of a theme sit together
 */
export function layoutNetwork(
  cityIds: readonly string[],
  organisations: readonly LayoutOrganisation[],
  themeOrder: readonly string[] = [],
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const n = cityIds.length;
  if (n === 0) return positions;
  const themeRank = (o: LayoutOrganisation) => {
    const ranks = o.themes.map((t) => themeOrder.indexOf(t)).filter((r) => r >= 0);
    return ranks.length ? Math.min(...ranks) : themeOrder.length;
  };
  const sector = (2 * Math.PI) / n;
  // A gap between the cities' arcs keeps their groups apart; one city takes nearly the whole circle.
  const gap = n === 1 ? sector * 0.1 : Math.min(0.5, sector * 0.2);
  const span = sector - gap;
  cityIds.forEach((cityId, c) => {
    const members = organisations
      .filter((o) => o.cityId === cityId)
      .sort((a, b) => themeRank(a) - themeRank(b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // The first city centred on the left (angle π), the others following clockwise.
    const centre = Math.PI + c * sector;
    // Arcs on the left half run the other way round, so that every arc reads from top to bottom.
    const direction = Math.cos(centre) < -1e-9 ? -1 : 1;
    members.forEach((o, k) => {
      const angle = members.length === 1 ? centre : centre + direction * (-span / 2 + (span * (k + 0.5)) / members.length);
      // Round so that the JSON is short and equal on every engine and platform.
      positions.set(o.id, { x: round(Math.cos(angle)), y: round(Math.sin(angle)), angle: round(normalise(angle)) });
    });
  });
  return positions;
}

const round = (v: number) => Math.round(v * 10000) / 10000 + 0; // + 0 turns -0 into 0
const normalise = (a: number) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
