import { isAdmin, type Actor } from '../../shared/actor.ts';

/** Importing rewrites records of every city, so it is a platform administrator's task (or the CLI's). */
export const canImportInterchange = (actor: Actor) => isAdmin(actor);

/** The export carries cities, partnerships and organisations, no people or accounts; coordinators share it. */
export const canExportInterchange = (actor: Actor) => isAdmin(actor) || (actor.kind === 'user' && actor.role === 'coordinator');
