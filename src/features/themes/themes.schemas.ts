import { z } from 'zod';

export const themeKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use lower-case letters, digits and hyphens');

export const themeSchema = z
  .object({
    key: z.string(),
    labels: z.object({ de: z.string(), ro: z.string(), en: z.string(), hu: z.string() }),
    sortOrder: z.number().int(),
  })
  .meta({ id: 'Theme' });

export const themeListResponse = z.array(themeSchema).meta({ id: 'ThemeList' });

export type Theme = z.infer<typeof themeSchema>;
