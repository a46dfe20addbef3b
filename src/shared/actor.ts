import type { Role } from './roles.ts';

/**
 * Where a change comes from, beyond who is signed in: shown as the author in the history. A user
 * importing a file is still that user, with the file as the source.
 */
export type ActorSource = { kind: 'demo' } | { kind: 'import'; fileName: string | null } | { kind: 'command-line'; command: string } | { kind: 'system' };

/** Who is calling a use case: a signed-in user (by session or API token), the CLI, or the public. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system'; label: string; source?: ActorSource }
  | {
      kind: 'user';
      id: string;
      email: string;
      displayName: string;
      role: Role;
      cityId: string | null;
      organisationId: string | null;
      source?: ActorSource;
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const anonymous: Actor = { kind: 'anonymous' };
export const systemActor = (label: string, source?: ActorSource): Actor => (source ? { kind: 'system', label, source } : { kind: 'system', label });

/** The same actor, acting for the given source (the demo seed, an import of a file). */
export function actingAs<A extends Actor>(actor: A, source: ActorSource): A {
  return actor.kind === 'anonymous' ? actor : { ...actor, source };
}

export const demoSource: ActorSource = { kind: 'demo' };
export const importSource = (fileName: string | null): ActorSource => ({ kind: 'import', fileName });

/** The source of the actor's changes: set explicitly, or the command line for `cli: …` actors. */
export function actorSource(actor: Actor): ActorSource | null {
  if (actor.kind === 'anonymous') return null;
  if (actor.source) return actor.source;
  if (actor.kind === 'user') return null;
  return actor.label.startsWith('cli: ') ? { kind: 'command-line', command: actor.label.slice(5) } : { kind: 'system' };
}

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return `${actor.displayName} <${actor.email}>`;
  if (actor.kind === 'system') return actor.label;
  return 'anonymous';
}

export const actorUserId = (actor: Actor): string | null => (actor.kind === 'user' ? actor.id : null);
export const isAdmin = (actor: Actor) => actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');
