/**
 * Where each theme of the foundation's catalogue (src/features/themes/theme-catalogue.ts) lives
 * in the taxonomy. Themes are the coarse labels partnerships use today; the taxonomy refines
 * them, so a theme points at whole domains, at single concepts, or at both when it cuts across
 * domains (sustainability, youth exchange, civil society). The mapping lets existing theme tags
 * be read as taxonomy tags later without re-tagging.
 */
export interface ThemeTarget {
  domains: readonly string[];
  concepts: readonly string[];
}

export const themesToTaxonomy: Readonly<Record<string, ThemeTarget>> = {
  'digitalisation-smart-city': { domains: ['digital-smart-city'], concepts: [] },
  'technology-startups': { domains: ['innovation-startups'], concepts: ['ict-sector'] },
  'innovation-clusters': { domains: [], concepts: ['innovation-clusters', 'technology-transfer', 'living-labs'] },
  'economy-investment': { domains: ['economy-investment'], concepts: [] },
  'education-research': { domains: ['research-education'], concepts: [] },
  'public-services': { domains: ['public-administration'], concepts: ['e-government'] },
  'urban-development': { domains: ['urban-development'], concepts: [] },
  mobility: { domains: ['mobility'], concepts: [] },
  'energy-climate': { domains: ['energy-climate'], concepts: [] },
  sustainability: {
    domains: ['water-environment'],
    concepts: ['climate-neutrality', 'climate-adaptation', 'circular-economy', 'organic-farming', 'sustainable-construction'],
  },
  agriculture: { domains: ['agriculture-food'], concepts: [] },
  'health-social': { domains: ['health-social'], concepts: [] },
  culture: { domains: [], concepts: ['cultural-heritage', 'creative-industries', 'festivals-events', 'arts-cultural-exchange'] },
  tourism: { domains: [], concepts: ['tourism'] },
  'youth-exchange': { domains: [], concepts: ['youth-exchange'] },
  'civil-society': { domains: [], concepts: ['civil-society', 'citizen-participation'] },
};

/** The concept keys a theme stands for: its concepts plus every concept of its domains. */
export function conceptKeysForTheme(themeKey: string, conceptsInDomain: (domain: string) => readonly { key: string }[]): string[] {
  const target = themesToTaxonomy[themeKey];
  if (!target) return [];
  const keys = new Set(target.concepts);
  for (const domain of target.domains) for (const c of conceptsInDomain(domain)) keys.add(c.key);
  return [...keys];
}
