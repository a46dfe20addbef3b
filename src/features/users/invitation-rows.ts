import { desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import type { Invitation } from './invitations.schemas.ts';
import { invitations, users } from './users.table.ts';

export type InvitationRow = typeof invitations.$inferSelect;
export type InvitationStatus = Invitation['status'];

export function invitationStatus(row: Pick<InvitationRow, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

/** Invitations with the names a reader needs; never the token hash. Newest first. */
export async function selectInvitations(db: Db, where: SQL | undefined): Promise<Invitation[]> {
  // Built per call, not at load: the owners' public modules import this feature's back (a cycle).
  const city = citySummariesSubquery('city');
  const organisation = organisationSummariesSubquery('organisation');
  const rows = await db
    .select({ row: invitations, cityName: city.name, organisationName: organisation.name, invitedByName: users.displayName })
    .from(invitations)
    .leftJoin(city, eq(city.id, invitations.cityId))
    .leftJoin(organisation, eq(organisation.id, invitations.organisationId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(where)
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
  const now = new Date();
  return rows.map(({ row, cityName, organisationName, invitedByName }) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    cityId: row.cityId,
    cityName,
    organisationId: row.organisationId,
    organisationName,
    invitedByName,
    status: invitationStatus(row, now),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

export async function selectInvitation(db: Db, id: string): Promise<Invitation | undefined> {
  return (await selectInvitations(db, eq(invitations.id, id)))[0];
}

/** The audit snapshot: the invitation as readers see it, without the derived status. */
export function invitationAuditView(invitation: Invitation) {
  const { status: _s, cityName: _c, organisationName: _o, invitedByName: _i, ...rest } = invitation;
  return rest;
}
