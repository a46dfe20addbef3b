import { useSearchParams } from 'react-router';

/** Every filter of the search page, as it stands in the URL (and is sent to the API). */
export const filterNames = ['city', 'kind', 'category', 'theme', 'concept', 'sdg', 'lang', 'type'] as const;
export type FilterName = (typeof filterNames)[number];

export const PAGE_SIZE = 20;
/** The API pages no further than this offset. */
const MAX_OFFSET = 10_000;

/**
 * The whole search lives in the URL (q, the filters, sort, page), so that a search can be shared
 * and bookmarked, and the Back button undoes a filter. Typing replaces the current entry, so
 * that Back does not step through every word typed; choosing a filter, a sort or a page adds one.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sort = params.get('sort') ?? '';
  const filters = Object.fromEntries(filterNames.map((n) => [n, params.get(n) ?? ''])) as Record<FilterName, string>;
  const maxPage = Math.floor(MAX_OFFSET / PAGE_SIZE) + 1;
  const page = Math.min(maxPage, Math.max(1, Math.floor(Number(params.get('page'))) || 1));

  const update = (patch: Record<string, string | null>, replace = false) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [name, value] of Object.entries(patch)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace },
    );

  /** Filters and sort as the API takes them (without paging). */
  const apiFilters: Record<string, string | undefined> = { q: q || undefined, sort: sort || undefined };
  for (const n of filterNames) apiFilters[n] = filters[n] || undefined;

  return {
    q,
    sort,
    filters,
    page,
    apiFilters,
    apiParams: { ...apiFilters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    activeFilters: filterNames.filter((n) => filters[n]).length,
    setText: (value: string) => update({ q: value.trim() || null }, true),
    setFilter: (name: FilterName, value: string | null) => update({ [name]: value }),
    setSort: (value: string | null) => update({ sort: value }),
    setPage: (value: number) => {
      update({ page: value > 1 ? String(value) : null });
      window.scrollTo({ top: 0 });
    },
    clearFilters: () => update(Object.fromEntries(filterNames.map((n) => [n, null]))),
  };
}
