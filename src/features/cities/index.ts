// The cities feature as other features may use it (issue 12): its policy and read queries.

export { cityIdsByKeys, cityNames } from './city-queries.ts';
export { findCityIdsByName, replaceCityAliases } from './cities.service.ts';
export { citySummariesByIds, citySummariesSubquery } from './city-summaries.ts';
export { cityOffices } from './city-queries.ts';
export { existingCityIds } from './city-queries.ts';
export { cityAliasesByFoldedName, citiesByFoldedNameOrKey } from './city-name-matches.ts';
export { allCityNames, cityCount } from './city-directory.ts';
export { citiesWithAliases, type CityWithAliases } from './cities-with-aliases.ts';
export { saveImportedCity, type ImportedCityFields } from './imported-cities.ts';
export { fillCityOffice } from './fill-city-office.ts';
export { backdateCities } from './backdate-cities.ts';
export type { CityPageContribution } from './city-page-contributions.ts';
export { cityTimeZonesSubquery } from './city-time-zones.ts';
export { cityRefsByIds, type CityRef } from './city-refs.ts';
export { cityPlaces, type CityPlace } from './city-places.ts';
// The public read, as the API answers it (the public portal renders it as a page).
export { getCity } from './cities.service.ts';
