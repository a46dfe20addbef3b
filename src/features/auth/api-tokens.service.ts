import { desc, eq } from 'drizzle-orm';
import { isAdmin } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound, unauthenticated } from '../../shared/errors.ts';
import { hashSecret, newSecret } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import type { ApiToken, CreateApiTokenRequest, CreatedApiToken } from './api-tokens.schemas.ts';
import { apiTokens } from './auth.table.ts';

export const API_TOKEN_PREFIX = 'pt_';
// "pt_" and 8 characters of the secret: enough to recognise a token, far too little to use it.
const VISIBLE_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;

type TokenRow = typeof apiTokens.$inferSelect;

function present(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.tokenPrefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

function ownerId(ctx: ServiceContext): string {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return ctx.actor.id;
}

/** A token acting as its owner, for integrations. The secret is returned once and only its hash is kept. */
export async function createApiToken(ctx: ServiceContext, input: CreateApiTokenRequest): Promise<CreatedApiToken> {
  const userId = ownerId(ctx);
  const token = newSecret(API_TOKEN_PREFIX);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(apiTokens)
      .values({
        userId,
        name: input.name,
        tokenHash: hashSecret(token),
        tokenPrefix: token.slice(0, VISIBLE_PREFIX_LENGTH),
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      })
      .returning();
    const created = present(row);
    await recordDomainEvent(tx, { entityType: 'api-token', entityId: row.id, action: 'create', after: { ...created, userId } });
    return { ...created, token };
  });
}

export async function listOwnApiTokens(ctx: ServiceContext): Promise<ApiToken[]> {
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, ownerId(ctx)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(present);
}

/** Revokes a token (its owner, or an admin for any token); revoking twice is harmless. */
export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<ApiToken> {
  const userId = ownerId(ctx);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    if (!row) throw notFound('The API token');
    if (row.userId !== userId && !isAdmin(ctx.actor)) throw forbidden('You can revoke only your own API tokens.');
    if (row.revokedAt) return present(row);
    const [after] = await tx.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
    await recordDomainEvent(tx, {
      entityType: 'api-token',
      entityId: id,
      action: 'update',
      before: { ...present(row), userId: row.userId },
      after: { ...present(after), userId: row.userId },
    });
    return present(after);
  });
}
