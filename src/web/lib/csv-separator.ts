/** Excel set to German, Romanian or Hungarian splits CSV on ";" (the comma is their decimal mark). */
export const csvSeparator = (lang: string) => (lang === 'en' ? 'comma' : 'semicolon');
