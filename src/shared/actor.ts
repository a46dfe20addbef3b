import type { Role } from '../features/auth/roles.ts';

/** Who is calling a use case: a signed-in user (by session or API token), the CLI, or the public. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system'; label: string }
  | {
      kind: 'user';
      id: string;
      email: string;
      displayName: string;
      role: Role;
      cityId: string | null;
      organisationId: string | null;
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const anonymous: Actor = { kind: 'anonymous' };
export const systemActor = (label: string): Actor => ({ kind: 'system', label });

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return `${actor.displayName} <${actor.email}>`;
  if (actor.kind === 'system') return actor.label;
  return 'anonymous';
}

export const actorUserId = (actor: Actor): string | null => (actor.kind === 'user' ? actor.id : null);
export const isAdmin = (actor: Actor) => actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');
