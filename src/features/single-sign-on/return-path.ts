const BASE = 'http://pontis.invalid';

/**
 * Where the browser goes after signing in: only a path of this site. Anything else ("//evil",
 * "https://…", "/\evil", control characters) becomes "/", so that the sign-in cannot be used to
 * send someone to another site with Pontis's name on the link. Non-ASCII characters come back
 * percent-encoded, as a Location header must carry them.
 */
export function safeReturnPath(next: string | undefined | null): string {
  // Matching control characters is the point of this test.
  // eslint-disable-next-line no-control-regex
  if (!next || next.length > 1000 || !next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  return url.origin === BASE ? url.pathname + url.search + url.hash : '/';
}
