import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, type FieldError } from '../../shared/errors.ts';
import { applyCities, applyOrganisations, applyPartnerships, type Change } from './apply-import.ts';
import type { InterchangeDocument } from './interchange-document.ts';
import { canImportInterchange } from './interchange-policy.ts';
import { canonicalCity, canonicalOrganisation, canonicalPartnership, sameRecord } from './interchange-records.ts';
import { loadCities, loadOrganisations, loadPartnerships, type Stored } from './interchange-snapshot.ts';
import { resolveReferences } from './resolve-references.ts';
import { applySections } from './apply-sections.ts';
import { parseSections } from './interchange-sections.ts';
import { resolveSectionReferences } from './resolve-section-references.ts';
import { validateInterchange } from './validate-interchange.ts';

export interface ImportCounts {
  cities: number;
  partnerships: number;
  organisations: number;
  programmes: number;
  activities: number;
}

export interface ImportSummary {
  /** True when nothing was written because a dry run was asked for. */
  dryRun: boolean;
  created: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
}

export interface ImportOptions {
  /** Validate and compare with the database, report what would change, write nothing. */
  dryRun?: boolean;
}

/** A document that fails the schema or names unknown cities or themes: nothing is imported. */
function invalidDocument(fields: FieldError[]): AppError {
  const problems = fields.length === 1 ? '1 problem' : `${fields.length} problems`;
  return new AppError('invalid_document', 400, `The document has ${problems} (see fields); nothing was imported.`, fields);
}

/**
 * Imports an interchange document (`pontis-interchange/1`, already parsed from JSON): validates it,
 * resolves its city and theme references, then upserts cities, partnerships and organisations by
 * key, then programmes and activities (apply-sections.ts), in one transaction. Any problem, all of them reported at once, means nothing is written.
 * Records equal to the stored ones are left alone (no new version, no audit entry), so importing
 * the same file twice changes nothing. Texts without `lang` are stored without one.
 * Admins and the system actor (CLI) only. Throws AppError `invalid_document` (400) or `forbidden`.
 */
export async function importInterchange(ctx: ServiceContext, document: unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  if (!canImportInterchange(ctx.actor)) throw forbidden('Only platform administrators can import data.');
  const schemaErrors = validateInterchange(document);
  const sections = parseSections(document);
  return inTransaction(ctx, async (tx) => {
    const refs = await resolveReferences(tx, document, schemaErrors);
    const sectionRefs = await resolveSectionReferences(tx, document, sections, refs.storedCities.keys());
    const errors = [...schemaErrors, ...refs.errors, ...sections.errors, ...sectionRefs.errors];
    if (errors.length) throw invalidDocument(errors);
    const doc = document as InterchangeDocument;

    const fileCities = (doc.cities ?? []).map(canonicalCity);
    const cityChanges = compare(
      fileCities,
      await loadCities(
        tx,
        fileCities.map((c) => c.key),
      ),
    );
    const fileOrganisations = (doc.organisations ?? []).map((o, i) => canonicalOrganisation(o, refs.organisationCity.get(i)!));
    const organisationChanges = compare(
      fileOrganisations,
      await loadOrganisations(
        tx,
        fileOrganisations.map((o) => o.key),
      ),
    );
    const filePartnerships = (doc.partnerships ?? []).map((p, i) => canonicalPartnership(p, refs.partnershipCities.get(i)!));
    const partnershipChanges = compare(
      filePartnerships,
      await loadPartnerships(
        tx,
        filePartnerships.map((p) => p.key),
      ),
    );

    if (!options.dryRun) {
      // Cities of the file win over the stored ones of the same key: they were just written.
      const stored = [...refs.storedCities];
      const cityIds = new Map([...stored.map(([key, c]) => [key, c.id] as const), ...(await applyCities(tx, cityChanges))]);
      const cityNames = new Map([...stored.map(([key, c]) => [key, c.name] as const), ...fileCities.map((c) => [c.key, c.name] as const)]);
      await applyPartnerships(tx, partnershipChanges, cityIds, cityNames);
      await applyOrganisations(tx, organisationChanges, cityIds);
    }
    // After the organisations they name; in a dry run only compared.
    const outcome = await applySections(tx, sections, { write: !options.dryRun });
    const tally = (kind: 'created' | 'updated' | 'unchanged') => ({
      programmes: [...outcome.programmes.values()].filter((o) => o === kind).length,
      activities: [...outcome.activities.values()].filter((o) => o === kind).length,
    });
    const count = (pick: (c: Change<unknown>) => boolean, kind: 'created' | 'updated' | 'unchanged'): ImportCounts => ({
      cities: cityChanges.filter(pick).length,
      partnerships: partnershipChanges.filter(pick).length,
      organisations: organisationChanges.filter(pick).length,
      ...tally(kind),
    });
    return {
      dryRun: Boolean(options.dryRun),
      created: count((c) => !c.stored, 'created'),
      updated: count((c) => Boolean(c.stored) && c.changed, 'updated'),
      unchanged: count((c) => !c.changed, 'unchanged'),
    };
  });
}

function compare<T extends { key: string }, S extends Stored<T>>(records: T[], stored: Map<string, S>): Change<T, S>[] {
  return records.map((record) => {
    const current = stored.get(record.key);
    return { record, stored: current, changed: !current || !sameRecord(current.record, record) };
  });
}
