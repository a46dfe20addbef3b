import type { TFunction } from 'i18next';
import type { ShownText } from '../../shared/localised-text-choice.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { languageName } from './intl-cache.ts';

/**
 * A text a person wrote, marked with its language; when it is not in the page's, a note says which
 * it is: a sentence under a paragraph, the language's name after a title.
 */
export function LocalisedBlock({ shown, lang, t, as = 'p' }: { shown: ShownText | undefined; lang: UiLocale; t: TFunction; as?: 'p' | 'span' }) {
  if (!shown) return null;
  const Tag = as;
  return (
    <>
      <Tag lang={shown.lang === lang ? undefined : shown.lang}>{shown.text}</Tag>
      {shown.fallback &&
        (as === 'p' ? (
          <p className="notice">{t('portal.translation.original', { language: languageName(shown.lang, lang) })}</p>
        ) : (
          <span className="notice"> {t('portal.translation.inLanguage', { language: languageName(shown.lang, lang) })}</span>
        ))}
    </>
  );
}
