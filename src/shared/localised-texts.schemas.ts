import { z } from 'zod';
import { uiLocales } from './locales.ts';

/**
 * A text of a record (an agreement's title, a timeline event's description) per interface
 * language, keyed by language so that a bad text is named exactly (`title.de`). Languages
 * without a text are left out.
 */
const textsOf = (text: () => z.ZodString) => z.strictObject({ de: text().optional(), ro: text().optional(), en: text().optional(), hu: text().optional() });

/** In a request: each given text is non-empty and at most `max` characters. */
export const localisedTextsInput = (max: number) => textsOf(() => z.string().trim().min(1).max(max));

/** In a request: like localisedTextsInput, with a text in at least one language. */
export const requiredLocalisedTextsInput = (max: number) =>
  localisedTextsInput(max).refine((texts) => Object.values(texts).some((t) => t !== undefined), {
    message: 'Give the text in at least one language (de, ro, en or hu).',
  });

/** In a response: every language the record has a text in. */
export const localisedTextsSchema = textsOf(() => z.string()).meta({ id: 'LocalisedTexts' });

export const originalLangSchema = z.enum(uiLocales).describe('The language the record was written in; its texts in other languages are translations');

export type LocalisedTexts = z.infer<typeof localisedTextsSchema>;
