import type { CityPageContribution } from '../cities/index.ts';
import { partnershipsOfCity } from './partnership-queries.ts';

/** A city's page lists the partnerships it is a member of. */
const partnershipsOnCityPage: CityPageContribution = { partnerships: partnershipsOfCity };

export default partnershipsOnCityPage;
