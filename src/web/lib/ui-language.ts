/** The interface language in use ("de"), not the browser's full tag ("de-AT"). */
export const uiLanguage = (i18n: { resolvedLanguage?: string }) => i18n.resolvedLanguage ?? 'en';
