// The themes feature as other features may use it (issue 12): its read queries.
export { themeLabels } from './theme-queries.ts';
export { themeCatalogue } from './theme-catalogue.ts';
export { existingThemeKeys, listThemes, syncThemes } from './themes.service.ts';
