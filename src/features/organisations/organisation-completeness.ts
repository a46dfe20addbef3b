import { z } from 'zod';

/** What a complete organisation profile has; the order is the order editors are told about gaps. */
export const completenessChecks = ['description', 'website', 'languages', 'themes', 'offerOrRequest', 'contactPerson'] as const;
export type CompletenessCheck = (typeof completenessChecks)[number];

export const organisationCompletenessSchema = z
  .object({
    score: z.number().int().min(0).max(100).describe('Share of the checks met, in percent'),
    missing: z.array(z.enum(completenessChecks)),
  })
  .meta({ id: 'OrganisationCompleteness' });
export type OrganisationCompleteness = z.infer<typeof organisationCompletenessSchema>;

export interface CompletenessInput {
  description: { text: string }[];
  website: string | null;
  languages: string[];
  themes: string[];
  /** Offers and requests that still stand (not expired) and are not private drafts, whatever their review state. */
  currentItems: number;
  hasContactPerson: boolean;
}

/** Pure: which parts of the profile are missing, and how complete it is. */
export function organisationCompleteness(input: CompletenessInput): OrganisationCompleteness {
  const met: Record<CompletenessCheck, boolean> = {
    description: input.description.some((d) => d.text.trim().length > 0),
    website: !!input.website?.trim(),
    languages: input.languages.length > 0,
    themes: input.themes.length > 0,
    offerOrRequest: input.currentItems > 0,
    contactPerson: input.hasContactPerson,
  };
  const missing = completenessChecks.filter((c) => !met[c]);
  return { score: Math.round((100 * (completenessChecks.length - missing.length)) / completenessChecks.length), missing };
}
