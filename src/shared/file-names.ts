/** The extension of a file name, lower case, without the dot ('' when there is none). */
export const extensionOf = (name: string) => /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * An uploaded file's name safe to store and show: no directories, no control or bidi-override
 * characters, no leading dots, at most `maxLength` characters with its extension kept; `fallback`
 * when nothing is left.
 */
export function cleanFileName(raw: string | undefined, fallback: string, maxLength = 200): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const name =
    base
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '') || fallback;
  if (name.length <= maxLength) return name;
  const ext = extensionOf(name);
  return ext ? `${name.slice(0, maxLength - 1 - ext.length)}.${ext}` : name.slice(0, maxLength);
}
