import type { Role } from '../shared/roles.ts';
import { findCityIdsByName } from '../features/cities/index.ts';
import { organisationNames } from '../features/organisations/index.ts';
import { createUser } from '../features/users/index.ts';
import type { ServiceContext } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';

/** `pontis user create`: resolves the city and organisation by name, then the same use case as the API. */
export async function createUserFromCli(
  ctx: ServiceContext,
  opts: { email: string; role: Role; city?: string; organisation?: string; name?: string; password?: string },
) {
  let cityId: string | null = null;
  if (opts.city) {
    const ids = await findCityIdsByName(ctx, opts.city);
    if (ids.length !== 1) {
      throw invalid([
        {
          path: 'city',
          rule: ids.length ? 'ambiguous' : 'unknown',
          message: `"${opts.city}" ${ids.length ? 'names several cities' : 'is not a known city key, name or alias'}`,
        },
      ]);
    }
    cityId = ids[0];
  }
  let organisationId: string | null = null;
  if (opts.organisation) {
    const [org] = await organisationNames(ctx, 'key', [opts.organisation]);
    if (!org) throw invalid([{ path: 'organisation', rule: 'unknown', message: `no organisation has the key "${opts.organisation}"` }]);
    organisationId = org.id;
  }
  const result = await createUser(ctx, {
    email: opts.email,
    displayName: opts.name ?? opts.email.split('@')[0],
    role: opts.role,
    cityId,
    organisationId,
    password: opts.password,
  });
  return { email: result.user.email, role: result.user.role, generatedPassword: result.generatedPassword };
}
