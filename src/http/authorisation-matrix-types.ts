import type { AuthorisationWorld, OwnerKind, Principal } from '../testing/authorisation-world.ts';
import { principals } from '../testing/authorisation-world.ts';

/**
 * The shape of the authorisation matrix (authorisation-matrix.ts). One entry per operation of the
 * OpenAPI document, keyed 'METHOD /path' exactly as the document writes it.
 *
 * `expect` is one row of the table, seven columns in this order:
 *
 *   anonymous · member elsewhere (city C) · member of the partner city (B) · coordinator of the
 *   other city (B) · editor without the right (another organisation of A) · owner · admin
 *
 * Each column is `ok` (2xx, or one of the entry's `business` statuses: a refusal that is not about
 * authorisation, such as a 409) or the exact refusal status: 401 (sign-in needed), 403 (signed in,
 * not allowed), 404 (not allowed, and the record's existence must not leak).
 */
export type Outcome = 'ok' | 401 | 403 | 404;

export interface MatrixRequest {
  /** Path with its query string, parameters filled from the world. */
  path: string;
  body?: unknown;
  /** A multipart/form-data upload (body and content-type header). */
  multipart?: { body: Buffer; headers: Record<string, string> };
}

export interface RequestContext {
  principal: Principal;
  /** The calling user's id; null for the anonymous public. */
  userId: string | null;
}

export interface MatrixEntry {
  expect: string;
  /** Who plays the owner for this route: A's coordinator (default) or the editor of A's organisation. */
  owner?: OwnerKind;
  /** Statuses that count as allowed besides 2xx: business answers of an authorised caller. */
  business?: number[];
  /**
   * 'fresh': call from a new browser session of the same user, for routes that end or replace the
   * session. 'double': call as a new user with the principal's role, city and organisation, for
   * routes that erase the caller's own account.
   */
  session?: 'fresh' | 'double';
  /** Builds a valid request, so that the policy decides, not validation. May create a fresh target. */
  request: (w: AuthorisationWorld, c: RequestContext) => MatrixRequest | Promise<MatrixRequest>;
}

export type MatrixPart = Record<string, MatrixEntry>;

// Rows used by many routes.
export const PUBLIC = 'ok ok ok ok ok ok ok';
export const SIGNED_IN = '401 ok ok ok ok ok ok';
export const ADMIN_ONLY = '401 403 403 403 403 403 ok';
/** Admins and coordinators of any city (B's coordinator included): lists scoped to the caller's city. */
export const COORDINATORS = '401 403 403 ok 403 ok ok';
/** Admins and A's coordinators (or A's organisation's editors, where the entry says owner: 'editor'). */
export const A_ONLY = '401 403 403 403 403 ok ok';
/** Co-owned by A and B: the coordinators of both cities and admins. */
export const PARTNERSHIP_EDITORS = '401 403 403 ok 403 ok ok';
/** Users of the partnership's cities (A and B) and admins; city C refused. */
export const PARTNERSHIP_USERS = '401 403 ok ok ok ok ok';

/** One row of the table, parsed; throws on a malformed row so that a typo cannot pass silently. */
export function parseExpectation(row: string): Record<Principal, Outcome> {
  const cells = row.trim().split(/\s+/);
  if (cells.length !== principals.length) throw new Error(`matrix row "${row}" has ${cells.length} columns, not ${principals.length}`);
  return Object.fromEntries(
    cells.map((cell, i) => {
      if (cell === 'ok') return [principals[i], 'ok'];
      const status = Number(cell);
      if (![401, 403, 404].includes(status)) throw new Error(`matrix row "${row}": "${cell}" is not ok, 401, 403 or 404`);
      return [principals[i], status as Outcome];
    }),
  ) as Record<Principal, Outcome>;
}
