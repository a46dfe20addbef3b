import { eq } from 'drizzle-orm';
import { actorUserId } from '../../../shared/actor.ts';
import { storedFileColumns } from '../../../shared/stored-file.ts';
import { inTransaction, type ServiceContext } from '../../../shared/context.ts';
import { invalid, notFound } from '../../../shared/errors.ts';
import { recordDomainEvent } from '../../domain-events/index.ts';
import { requirePartnershipEditor } from '../partnership-access.ts';
import { canEditPartnership } from '../partnership-policy.ts';
import { documentMetadataColumns, findAgreementRow, presentDocument } from './agreement-read.ts';
import type { AgreementDocument } from './agreements.schemas.ts';
import { agreementDocuments } from './agreements.table.ts';
import { cleanPdfFileName, looksLikePdf } from '../../../shared/pdf-file.ts';

export interface UploadedFile {
  fileName: string | undefined;
  contentType: string | undefined;
  bytes: Buffer;
}

/** Checked before the upload is read, so that nobody without the right can make us buffer a file. */
export async function requireDocumentUploader(ctx: ServiceContext, agreementId: string): Promise<string[]> {
  const agreement = await findAgreementRow(ctx, agreementId);
  return requirePartnershipEditor(ctx, agreement.partnershipId);
}

export async function addAgreementDocument(ctx: ServiceContext, agreementId: string, file: UploadedFile): Promise<AgreementDocument> {
  return inTransaction(ctx, async (tx) => {
    const cityIds = await requireDocumentUploader(tx, agreementId);
    if (!looksLikePdf(file.contentType, file.bytes)) {
      throw invalid([{ path: 'file', rule: 'pdf_only', message: 'Only PDF documents can be attached.' }]);
    }
    const [row] = await tx.db
      .insert(agreementDocuments)
      .values({
        agreementId,
        fileName: cleanPdfFileName(file.fileName),
        contentType: 'application/pdf',
        ...storedFileColumns(file.bytes),
        uploadedBy: actorUserId(ctx.actor),
      })
      .returning(documentMetadataColumns);
    const document = presentDocument(row, canEditPartnership(ctx.actor, cityIds));
    await recordDomainEvent(tx, { entityType: 'agreement-document', entityId: row.id, action: 'create', after: auditView(document) });
    return document;
  });
}

async function findDocumentMetadata(ctx: ServiceContext, id: string): Promise<AgreementDocument> {
  const [row] = await ctx.db.select(documentMetadataColumns).from(agreementDocuments).where(eq(agreementDocuments.id, id));
  if (!row) throw notFound('The document');
  // Only the history reads it (without `can`), after the caller's right was checked.
  return presentDocument(row, false);
}

export async function readAgreementDocument(ctx: ServiceContext, id: string): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const [row] = await ctx.db
    .select({ fileName: agreementDocuments.fileName, contentType: agreementDocuments.contentType, bytes: agreementDocuments.content })
    .from(agreementDocuments)
    .where(eq(agreementDocuments.id, id));
  if (!row) throw notFound('The document');
  return row;
}

export async function deleteAgreementDocument(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await findDocumentMetadata(tx, id);
    await requireDocumentUploader(tx, before.agreementId);
    await tx.db.delete(agreementDocuments).where(eq(agreementDocuments.id, id));
    await recordDomainEvent(tx, { entityType: 'agreement-document', entityId: id, action: 'delete', before: auditView(before) });
  });
}

const auditView = ({ uploadedAt: _u, can: _can, ...rest }: AgreementDocument) => rest;
