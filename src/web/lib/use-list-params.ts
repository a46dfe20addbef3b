import { useSearchParams } from 'react-router';

/**
 * Filters live in the URL so that a filtered list can be bookmarked, shared and restored with
 * the back button. Changing a filter returns to the first page.
 */
export function useListParams<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((n) => [n, params.get(n) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const setFilters = (patch: Partial<Record<K, string | null>>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [name, value] of Object.entries(patch) as [K, string | null][]) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  const setFilter = (name: K, value: string | null) => setFilters({ [name]: value } as Partial<Record<K, string | null>>);

  const setPage = (p: number) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (p > 1) next.set('page', String(p));
      else next.delete('page');
      return next;
    });
    window.scrollTo({ top: 0 });
  };

  const clear = () => setParams(new URLSearchParams(), { replace: true });
  const hasFilters = names.some((n) => values[n]);

  return { values, page, setFilter, setFilters, setPage, clear, hasFilters };
}
