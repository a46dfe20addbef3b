// The cities feature as other features may use it (issue 12): its policy and read queries.
export { canEditCity } from './city-policy.ts';
export { cityIdsByKeys, cityNames } from './city-queries.ts';
export { findCityIdsByName, replaceCityAliases } from './cities.service.ts';
