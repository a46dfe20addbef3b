import { uiLocales, type UiLocale } from '../../shared/locales.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { accountLocale } from '../users/index.ts';

const isUiLocale = (v: unknown): v is UiLocale => typeof v === 'string' && (uiLocales as readonly string[]).includes(v);

/**
 * The language reasons are written in: the one asked for, else the signed-in user's interface
 * language, else the browser's first supported language, else English.
 */
export async function readerLanguage(ctx: ServiceContext, requested: UiLocale | undefined, acceptLanguage?: string): Promise<UiLocale> {
  if (requested) return requested;
  if (ctx.actor.kind === 'user') {
    const locale = await accountLocale(ctx, ctx.actor.id);
    if (isUiLocale(locale)) return locale;
  }
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isUiLocale(code)) return code;
  }
  return 'en';
}
