/**
 * Takes ranked suggestions in turns per city (best of each city first, cities in the given
 * order), so a consortium list is not filled by the city with the most organisations.
 */
export function balanceByCity<T>(ranked: readonly T[], cityOf: (item: T) => string, cityOrder: readonly string[], limit: number): T[] {
  const queues = new Map<string, T[]>();
  for (const c of cityOrder) queues.set(c, []);
  for (const item of ranked) {
    const city = cityOf(item);
    if (!queues.has(city)) queues.set(city, []);
    queues.get(city)!.push(item);
  }
  const out: T[] = [];
  while (out.length < limit) {
    let took = false;
    for (const queue of queues.values()) {
      const next = queue.shift();
      if (next === undefined) continue;
      out.push(next);
      took = true;
      if (out.length >= limit) break;
    }
    if (!took) break;
  }
  return out;
}
