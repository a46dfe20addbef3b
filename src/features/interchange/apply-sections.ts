import type { ServiceContext } from '../../shared/context.ts';
import { loadProgrammeRecords, measureIdsOfProgrammes, measureKeysByIds, canonicalProgramme, saveImportedProgrammes } from '../action-programmes/index.ts';
import { loadActivityRecords, mergeActivity, saveImportedActivities } from '../activities/index.ts';
import type { ParsedSections } from './interchange-sections.ts';

type Outcome = 'created' | 'updated' | 'unchanged';
export interface SectionOutcome {
  programmes: Map<string, Outcome>;
  activities: Map<string, Outcome>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Programmes, then activities (which may name a measure of a programme of the same file), written
 * by their own features in the importer's transaction; with `write: false` (a dry run) only
 * compared with what is stored. The sections were checked, references included, by the caller.
 */
export async function applySections(tx: ServiceContext, sections: ParsedSections, options: { write: boolean }): Promise<SectionOutcome> {
  const storedProgrammes = await loadProgrammeRecords(
    tx,
    sections.programmes.map((p) => p.key),
  );
  const storedActivities = await loadActivityRecords(
    tx,
    (ids) => measureKeysByIds(tx, ids),
    sections.activities.map((a) => a.key),
  );
  if (!options.write) {
    const programmes = new Map<string, Outcome>(
      sections.programmes.map((p) => {
        const stored = storedProgrammes.get(p.key);
        return [p.key, !stored ? 'created' : same(stored.record, canonicalProgramme(p)) ? 'unchanged' : 'updated'];
      }),
    );
    const activities = new Map<string, Outcome>(
      sections.activities.map((a) => {
        const stored = storedActivities.get(a.key);
        return [a.key, !stored ? 'created' : same(stored.record, mergeActivity(a, stored.record).record) ? 'unchanged' : 'updated'];
      }),
    );
    return { programmes, activities };
  }
  const programmes = await saveImportedProgrammes(
    tx,
    sections.programmes.map((record) => ({ record, stored: storedProgrammes.get(record.key) })),
  );
  const measureIds = await measureIdsOfProgrammes(tx, [...new Set(sections.activities.flatMap((a) => (a.measure ? [a.measure.programme] : [])))]);
  const activities = await saveImportedActivities(
    tx,
    sections.activities.map((record) => ({
      record,
      stored: storedActivities.get(record.key),
      measureId: record.measure ? (measureIds.get(record.measure.programme)?.get(record.measure.measure) ?? null) : null,
    })),
  );
  return { programmes, activities };
}
