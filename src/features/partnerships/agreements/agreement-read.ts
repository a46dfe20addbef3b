import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../shared/context.ts';
import { notFound } from '../../../shared/errors.ts';
import { recordLanguage, textsByLanguage } from '../../../shared/localised-texts.ts';
import { detectLanguage } from '../../tagging/index.ts';
import { cityIdsOfPartnerships } from '../partnership-access.ts';
import { canEditPartnership } from '../partnership-policy.ts';
import type { Agreement, AgreementDocument } from './agreements.schemas.ts';
import { agreementDocuments, agreementParties, agreements } from './agreements.table.ts';

export type AgreementRow = typeof agreements.$inferSelect;

export const documentMetadataColumns = {
  id: agreementDocuments.id,
  agreementId: agreementDocuments.agreementId,
  fileName: agreementDocuments.fileName,
  contentType: agreementDocuments.contentType,
  sizeBytes: agreementDocuments.sizeBytes,
  sha256: agreementDocuments.sha256,
  uploadedAt: agreementDocuments.uploadedAt,
};

/** A document's metadata as the caller reads it; `mayEdit`: canEditPartnership for its partnership's cities. */
export function presentDocument(row: { uploadedAt: Date } & Omit<AgreementDocument, 'uploadedAt' | 'can'>, mayEdit: boolean): AgreementDocument {
  return { ...row, uploadedAt: row.uploadedAt.toISOString(), can: { delete: mayEdit } };
}

export async function findAgreementRow(ctx: ServiceContext, id: string): Promise<AgreementRow> {
  const [row] = await ctx.db.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw notFound('The agreement');
  return row;
}

export async function getAgreement(ctx: ServiceContext, id: string): Promise<Agreement> {
  const [agreement] = await presentAgreements(ctx, [await findAgreementRow(ctx, id)]);
  return agreement;
}

/** A partnership's agreements, most recently signed first (unsigned drafts last). `cityIds`: its member cities, when already read. */
export async function agreementsOfPartnership(ctx: ServiceContext, partnershipId: string, cityIds?: readonly string[]): Promise<Agreement[]> {
  // One statement: the parties and the documents' metadata come along as JSON (the partnership
  // page is read far more often than agreements change; three round trips were three statements
  // under load).
  const rows = await ctx.db
    .select({ agreement: agreements, parties: partiesJson, documents: documentsJson })
    .from(agreements)
    .where(eq(agreements.partnershipId, partnershipId))
    .orderBy(sql`${agreements.signedOn} desc nulls last`, desc(agreements.createdAt));
  if (!rows.length) return [];
  const cities = cityIds ? new Map([[partnershipId, cityIds]]) : await cityIdsOfPartnerships(ctx, [partnershipId]);
  return rows.map(({ agreement, parties, documents }) =>
    presentAgreement(
      ctx,
      agreement,
      parties,
      documents.map((d) => ({ ...d, uploadedAt: new Date(d.uploadedAt) })),
      cities,
    ),
  );
}

type PartyRow = Pick<typeof agreementParties.$inferSelect, 'agreementId' | 'role' | 'personName' | 'office' | 'cityId' | 'organisation'>;
type DocumentRow = Omit<AgreementDocument, 'can' | 'uploadedAt'> & { uploadedAt: Date };

// Correlated to the outer row by the table's name: drizzle leaves a one-table select's columns unqualified.
const partiesJson = sql<PartyRow[]>`(SELECT coalesce(json_agg(json_build_object(
    'agreementId', p.agreement_id, 'role', p.role, 'personName', p.person_name, 'office', p.office,
    'cityId', p.city_id, 'organisation', p.organisation) ORDER BY p.position), '[]'::json)
  FROM agreement_parties p WHERE p.agreement_id = "agreements"."id")`;
const documentsJson = sql<(Omit<DocumentRow, 'uploadedAt'> & { uploadedAt: string })[]>`(SELECT coalesce(json_agg(json_build_object(
    'id', d.id, 'agreementId', d.agreement_id, 'fileName', d.file_name, 'contentType', d.content_type,
    'sizeBytes', d.size_bytes, 'sha256', d.sha256, 'uploadedAt', d.uploaded_at) ORDER BY d.uploaded_at, d.file_name), '[]'::json)
  FROM agreement_documents d WHERE d.agreement_id = "agreements"."id")`;

/**
 * Agreements with their parties, document metadata (never the document bytes) and what the caller
 * may do with them (who may edit their partnership); `cityIdsBy`: the partnerships' member cities, when already read.
 */
export async function presentAgreements(ctx: ServiceContext, rows: AgreementRow[], cityIdsBy?: ReadonlyMap<string, readonly string[]>): Promise<Agreement[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const cities =
    cityIdsBy ??
    (await cityIdsOfPartnerships(
      ctx,
      rows.map((r) => r.partnershipId),
    ));
  const parties = await ctx.db.select().from(agreementParties).where(inArray(agreementParties.agreementId, ids)).orderBy(asc(agreementParties.position));
  const documents = await ctx.db
    .select(documentMetadataColumns)
    .from(agreementDocuments)
    .where(inArray(agreementDocuments.agreementId, ids))
    .orderBy(asc(agreementDocuments.uploadedAt), asc(agreementDocuments.fileName));
  return rows.map((row) =>
    presentAgreement(
      ctx,
      row,
      parties.filter((p) => p.agreementId === row.id),
      documents.filter((d) => d.agreementId === row.id),
      cities,
    ),
  );
}

/** One agreement as the caller reads it, from its row, its parties (in order) and its documents' metadata. */
function presentAgreement(
  ctx: ServiceContext,
  row: AgreementRow,
  own: readonly PartyRow[],
  documents: readonly DocumentRow[],
  cities: ReadonlyMap<string, readonly string[]>,
): Agreement {
  const mayEdit = canEditPartnership(ctx.actor, cities.get(row.partnershipId) ?? []);
  const lang = recordLanguage(row.originalLang, [row.title, row.summary, ...own.map((p) => p.office)], detectLanguage);
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    kind: row.kind as Agreement['kind'],
    title: textsByLanguage(row.title, lang),
    originalLang: lang,
    signedOn: row.signedOn,
    mode: row.mode as Agreement['mode'],
    place: row.place,
    summary: textsByLanguage(row.summary, lang),
    signatories: own
      .filter((p) => p.role === 'signatory')
      .map((p) => ({ personName: p.personName, office: textsByLanguage(p.office, lang), cityId: p.cityId })),
    facilitators: own
      .filter((p) => p.role === 'facilitator')
      .map((p) => ({ personName: p.personName, office: textsByLanguage(p.office, lang), organisation: p.organisation })),
    documents: documents.map((d) => presentDocument(d, mayEdit)),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: mayEdit, delete: mayEdit, addDocument: mayEdit },
  };
}
