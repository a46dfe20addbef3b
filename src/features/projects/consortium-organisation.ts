import type { ServiceContext } from '../../shared/context.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { findOrganisation } from '../organisations/index.ts';

/** The organisation by id or key, which must be in one of the partnership's cities (400 naming the field otherwise). */
export async function consortiumOrganisation(ctx: ServiceContext, idOrKey: string, partnershipCityIds: readonly string[]) {
  const org = await findOrganisation(ctx.db, idOrKey);
  if (!org) throw invalid([{ path: 'organisation', rule: 'not_found', message: `No organisation has the id or key "${idOrKey}".` }]);
  if (!partnershipCityIds.includes(org.cityId)) {
    throw invalid([
      {
        path: 'organisation',
        rule: 'not_in_partnership_city',
        message: 'The consortium is formed from organisations of the partnership’s cities; this one is elsewhere.',
      },
    ]);
  }
  return org;
}

export const secondCoordinator = () =>
  new AppError('coordinator_exists', 409, 'The consortium already has a coordinator; make it a partner first.', [
    { path: 'role', rule: 'one_coordinator', message: 'A consortium has exactly one coordinator.' },
  ]);

export const alreadyInConsortium = () =>
  new AppError('duplicate', 409, 'This organisation is already in the consortium.', [
    { path: 'organisation', rule: 'unique', message: 'This organisation is already in the consortium.' },
  ]);
