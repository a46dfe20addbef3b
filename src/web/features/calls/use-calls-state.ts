import { useSearchParams } from 'react-router';

export const CALL_PAGE_SIZE = 20;

export type RadarMode = 'partnership' | 'organisation' | 'project' | 'text';

/** "partnership:KEY", "organisation:KEY", "project:ID" or "text:…" as the URL carries the radar's subject. */
export function parseRadar(value: string | null): { mode: RadarMode; value: string } | null {
  const m = /^(partnership|organisation|project|text):(.+)$/s.exec(value ?? '');
  return m ? { mode: m[1] as RadarMode, value: m[2] } : null;
}

/**
 * The calls page in the URL: search, filters, page, and the radar's subject (radar=…), so that
 * "Calls for this partnership" is a plain link and Back undoes a filter.
 */
export function useCallsState() {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(name) ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const radar = parseRadar(params.get('radar'));
  const set = (patch: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    });
  const q = get('q');
  const status = get('status');
  const programme = get('programme');
  const kind = get('kind');
  return {
    q,
    status,
    programme,
    kind,
    page,
    tab: params.get('tab') === 'radar' || radar ? ('radar' as const) : ('list' as const),
    radar,
    set,
    apiParams: { q: q || undefined, status: status || undefined, programme: programme || undefined, kind: kind || undefined, page, pageSize: CALL_PAGE_SIZE },
  };
}

export type CallsUrlState = ReturnType<typeof useCallsState>;
