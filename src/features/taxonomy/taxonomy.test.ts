import { describe, expect, it } from 'vitest';
import { themeCatalogue } from '../themes/theme-catalogue.ts';
import { getSdgGoal, getSdgGoals, getTaxonomy, loadTaxonomy, taxonomyLanguages } from './taxonomy.ts';
import taxonomyData from './taxonomy-v1.json' with { type: 'json' };
import { conceptKeysForTheme, themesToTaxonomy } from './themes-to-concepts.ts';

const taxonomy = getTaxonomy();

describe('taxonomy v1', () => {
  it('has at least 60 concepts in at least 10 domains', () => {
    expect(taxonomy.concepts.length).toBeGreaterThanOrEqual(60);
    expect(taxonomy.domains.length).toBeGreaterThanOrEqual(10);
    for (const domain of taxonomy.domains) expect(taxonomy.conceptsInDomain(domain.key).length, domain.key).toBeGreaterThanOrEqual(3);
  });

  it('has unique kebab-case keys and only known domains', () => {
    const keys = taxonomy.concepts.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const domains = new Set(taxonomy.domains.map((d) => d.key));
    for (const concept of taxonomy.concepts) {
      expect(concept.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(domains.has(concept.domain), `${concept.key} -> ${concept.domain}`).toBe(true);
    }
  });

  it('gives every concept a label, a definition and several synonyms in de, ro, en and hu', () => {
    for (const concept of taxonomy.concepts) {
      for (const lang of taxonomyLanguages) {
        const where = `${concept.key}.${lang}`;
        expect(concept.labels[lang].trim(), where).not.toBe('');
        expect(concept.definitions[lang].length, where).toBeGreaterThan(30);
        expect(concept.synonyms[lang].length, where).toBeGreaterThanOrEqual(4);
        for (const term of concept.synonyms[lang]) expect(term.trim(), where).toBe(term);
      }
    }
  });

  it('ties every concept to UN goals between 1 and 17', () => {
    for (const concept of taxonomy.concepts) {
      expect(concept.sdgs.length, concept.key).toBeGreaterThan(0);
      for (const goal of concept.sdgs) expect(goal >= 1 && goal <= 17 && Number.isInteger(goal), `${concept.key}: ${goal}`).toBe(true);
    }
    expect(taxonomy.conceptsForSdg(6).map((c) => c.key)).toEqual(expect.arrayContaining(['drinking-water', 'wastewater', 'irrigation']));
  });

  it('writes Romanian with comma-below ș/ț and Hungarian with ő/ű, never the look-alikes', () => {
    const romanian = JSON.stringify(taxonomy.concepts.map((c) => [c.labels.ro, c.definitions.ro, c.synonyms.ro]));
    const hungarian = JSON.stringify(taxonomy.concepts.map((c) => [c.labels.hu, c.definitions.hu, c.synonyms.hu]));
    expect(romanian).not.toMatch(/[şţŞŢ]/);
    expect(romanian).toMatch(/ș/);
    expect(hungarian).not.toMatch(/[õûôÕÛÔ]/);
    expect(hungarian).toMatch(/[őű]/);
  });

  it('contains the idiomatic compounds members write', () => {
    expect(taxonomy.concept('hydrogen')?.synonyms.de).toContain('Wasserstoffwirtschaft');
    expect(taxonomy.concept('irrigation')?.labels.de).toBe('Bewässerung');
    expect(taxonomy.concept('irrigation')?.synonyms.de).toContain('Tropfbewässerung');
    expect(taxonomy.label('irrigation', 'hu')).toBe('Öntözés');
  });

  it('rejects a malformed document at load time', () => {
    const broken = structuredClone(taxonomyData) as { concepts: { labels: Record<string, string>; domain: string }[] };
    delete broken.concepts[0].labels.hu;
    expect(() => loadTaxonomy(broken)).toThrow();
    const unknownDomain = structuredClone(taxonomyData) as { concepts: { domain: string }[] };
    unknownDomain.concepts[0].domain = 'nowhere';
    expect(() => loadTaxonomy(unknownDomain)).toThrow(/unknown domain/);
  });
});

describe('SDG goals', () => {
  it('names all 17 goals in every language, Hungarian included', () => {
    const goals = getSdgGoals();
    expect([...goals.keys()]).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const goal of goals.values()) {
      for (const lang of taxonomyLanguages) {
        expect(goal.short[lang].trim(), `${goal.number}.${lang}`).not.toBe('');
        expect(goal.title[lang].length, `${goal.number}.${lang}`).toBeGreaterThanOrEqual(goal.short[lang].length);
      }
    }
    expect(getSdgGoal(1)?.short.hu).toBe('Nincs szegénység');
    expect(getSdgGoal(2)?.short.hu).toBe('Az éhezés megszüntetése');
    expect(getSdgGoal(11)?.short).toEqual({
      en: 'Sustainable cities and communities',
      de: 'Nachhaltige Städte und Gemeinden',
      ro: 'Orașe și comunități durabile',
      hu: 'Fenntartható városok és közösségek',
    });
  });
});

describe('themes to taxonomy', () => {
  it('maps every catalogue theme to existing domains or concepts', () => {
    expect(Object.keys(themesToTaxonomy).sort()).toEqual(themeCatalogue.map((t) => t.key).sort());
    for (const [theme, target] of Object.entries(themesToTaxonomy)) {
      expect(target.domains.length + target.concepts.length, theme).toBeGreaterThan(0);
      for (const d of target.domains) expect(taxonomy.domain(d), `${theme} -> ${d}`).toBeDefined();
      for (const c of target.concepts) expect(taxonomy.concept(c), `${theme} -> ${c}`).toBeDefined();
    }
  });

  it('expands a theme into the concepts it covers', () => {
    const keys = conceptKeysForTheme('agriculture', taxonomy.conceptsInDomain);
    expect(keys).toEqual(expect.arrayContaining(['irrigation', 'smart-agriculture', 'urban-farming']));
    expect(conceptKeysForTheme('tourism', taxonomy.conceptsInDomain)).toEqual(['tourism']);
    expect(conceptKeysForTheme('no-such-theme', taxonomy.conceptsInDomain)).toEqual([]);
  });
});
