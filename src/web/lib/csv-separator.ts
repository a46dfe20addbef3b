/**
 * Excel set to German, Romanian or Hungarian splits CSV on ";" (the comma is their decimal mark);
 * English settings on ",". `lang` may carry a region ("en-GB").
 */
export const csvSeparator = (lang: string) => (lang.split('-')[0] === 'en' ? 'comma' : 'semicolon');
