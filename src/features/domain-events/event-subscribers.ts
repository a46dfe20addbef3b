import { loadFeatureContributions } from '../../shared/feature-files.ts';
import type { DomainEventSubscriber } from './domain-event.ts';

/**
 * Every feature's subscribers, declared in files named `*.subscribers.ts` (default export: a
 * list) and found by name like the routes, so that the writer of an event never imports its
 * subscribers: audit and search depend on the features' events, not the other way round.
 */
export async function domainEventSubscribers(): Promise<readonly DomainEventSubscriber[]> {
  const subscribers = (await loadFeatureContributions<readonly DomainEventSubscriber[]>(/[.]subscribers[.]ts$/)).flat();
  const names = subscribers.map((subscriber) => subscriber.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`Two domain event subscribers are named "${twice}".`);
  return subscribers;
}
