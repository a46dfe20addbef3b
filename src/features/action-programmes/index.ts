// The action-programmes feature as other features may use it (issue 13): its policy, the roll-up
// rules and read queries. Helpers of other features append their exports below.
export { canEditProgramme, canReadProgramme } from './programme-policy.ts';
export { indicatorShare, lateness, measureProgress, rollUpProgramme, utcToday } from './progress-roll-up.ts';
export { programmeRollUps } from './progress-roll-up-sql.ts';
export { getProgramme } from './programme-read.ts';
export {
  loadProgrammeRecords,
  saveImportedProgrammes,
  measureIdsOfProgrammes,
  measureKeysByIds,
  canonicalProgramme,
  type ProgrammeFileRecord,
} from './interchange-programmes.ts';
export { measurePartnershipId } from './measure-partnership.ts';
// The public read of a partnership's programmes, as the API answers it (the public portal shows their progress).
export { listProgrammes } from './list-programmes.ts';
