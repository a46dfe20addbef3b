import type { Actor } from '../../shared/actor.ts';

/** Creating a city is an admin task; a city's own coordinators keep its record and office up to date. */
export const canCreateCity = (actor: Actor) => actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');

export const canEditCity = (actor: Actor, cityId: string) =>
  canCreateCity(actor) || (actor.kind === 'user' && actor.role === 'coordinator' && actor.cityId === cityId);
