import { eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { cities } from './cities.table.ts';

/**
 * Sets the name and address of a city's coordinating office (the city by key) only where no
 * office name is recorded, so that a coordinator's own entry stays; audited as a change of the
 * office alone. Returns whether it wrote. The caller decides who may (the demo seed: an admin).
 */
export async function fillCityOffice(tx: ServiceContext, cityKey: string, office: { name: string; address: string }): Promise<boolean> {
  const [city] = await tx.db.select().from(cities).where(eq(cities.key, cityKey));
  if (!city || city.officeName) return false;
  await updateVersioned(tx, cities, 'The city', city.id, city.version, { officeName: office.name, officeAddress: office.address });
  await recordDomainEvent(tx, {
    entityType: 'city',
    entityId: city.id,
    action: 'update',
    before: { office: { name: city.officeName, address: city.officeAddress, email: city.officeEmail, phone: city.officePhone } },
    after: { office: { name: office.name, address: office.address, email: city.officeEmail, phone: city.officePhone } },
  });
  return true;
}
