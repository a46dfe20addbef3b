import type { CitySummary } from '../../features/cities/cities.schemas.ts';

/** Cities as select options, "Cluj-Napoca (RO)", chosen by id or (in URLs) by key. */
export const cityOptions = (cities: CitySummary[], by: 'id' | 'key' = 'id') => cities.map((c) => ({ value: c[by], label: `${c.name} (${c.country})` }));
