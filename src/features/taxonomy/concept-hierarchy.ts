import { getTaxonomy } from './taxonomy.ts';

/**
 * Broader concepts and the narrower ones they contain: solar energy is a kind of renewable energy,
 * an incubator a kind of start-up support, palliative care a kind of health care. A search for the
 * broader concept also finds rows tagged only with a narrower one (ranked below its own), because a
 * citizen energy cooperative that writes only "Photovoltaikanlagen" is what someone asking for
 * "renewable energy" wants. Kept beside the taxonomy file rather than in it so that the shipped
 * concepts (and the tags stored under their version) do not change.
 *
 * Only "is a kind of" links: a concept that merely relates (district heating and energy
 * efficiency) stays out, since related results and domain words already cover neighbours.
 */
const narrowerByBroader: Readonly<Record<string, readonly string[]>> = {
  'renewable-energy': ['solar-energy', 'energy-communities'],
  'startup-support': ['incubators-accelerators', 'venture-capital'],
  'smart-city': ['iot-sensors', 'digital-twin'],
  'administrative-modernisation': ['e-government'],
  'healthcare-services': [
    'cancer-care',
    'palliative-care',
    'rehabilitation-therapy',
    'rare-diseases',
    'mental-health-care',
    'digital-health',
    'infectious-diseases',
  ],
  'social-inclusion': ['homeless-services', 'food-aid', 'migration-integration', 'disability-support-services', 'addiction-support'],
  'disability-support-services': ['sensory-disabilities'],
  'sustainable-mobility-planning': ['public-transport', 'cycling', 'shared-mobility', 'electromobility'],
  'cultural-heritage': ['archives-collections', 'conservation-restoration', 'traditional-crafts'],
  'urban-regeneration': ['brownfield-regeneration'],
  'circular-economy': ['waste-recycling'],
};

/** The concepts narrower than `key`, at any depth (social inclusion contains sensory disabilities). */
export function narrowerConcepts(key: string): string[] {
  const out = new Set<string>();
  const visit = (k: string) => {
    for (const n of narrowerByBroader[k] ?? []) {
      if (!out.has(n)) {
        out.add(n);
        visit(n);
      }
    }
  };
  visit(key);
  return [...out];
}

/** Every link as [broader, narrower], for the test that keeps the list in step with the taxonomy. */
export function conceptHierarchyLinks(): [string, string][] {
  return Object.entries(narrowerByBroader).flatMap(([broader, narrower]) => narrower.map((n): [string, string] => [broader, n]));
}

/** Both ends of every link name a concept of the shipped taxonomy (checked by a test). */
export function unknownHierarchyKeys(): string[] {
  const taxonomy = getTaxonomy();
  return [...new Set(conceptHierarchyLinks().flat())].filter((k) => !taxonomy.concept(k));
}
