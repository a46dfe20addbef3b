// Pages load on demand (router.tsx). A tab opened before a new release asks for chunks that the
// new release no longer has; Vite reports that as 'vite:preloadError'. Reloading fetches the new
// index.html and its chunks. Once per minute at most, so that a chunk missing for another reason
// (a broken deployment, the server gone) shows its error instead of reloading forever.
const lastReloadKey = 'pontis.staleChunkReloadAt';

export function reloadOnStaleChunk() {
  window.addEventListener('vite:preloadError', () => {
    const last = Number(sessionStorage.getItem(lastReloadKey) ?? 0);
    if (Date.now() - last < 60_000) return;
    sessionStorage.setItem(lastReloadKey, String(Date.now()));
    window.location.reload();
  });
}
