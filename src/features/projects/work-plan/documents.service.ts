import { and, desc, eq } from 'drizzle-orm';
import { actorUserId } from '../../../shared/actor.ts';
import { storedFileColumns } from '../../../shared/stored-file.ts';
import { inTransaction, type ServiceContext } from '../../../shared/context.ts';
import { invalid, notFound } from '../../../shared/errors.ts';
import { recordDomainEvent } from '../../domain-events/index.ts';
import { acceptedDocumentExtensions, cleanDocumentFileName, documentContentType } from './document-file.ts';
import { requireProjectReader, requireWorkPlanEditor } from './work-plan-access.ts';
import type { ProjectDocument } from './work-plan.schemas.ts';
import { projectDocuments } from './work-plan.table.ts';

export interface UploadedDocument {
  title: string | undefined;
  fileName: string | undefined;
  bytes: Buffer;
}

const metadata = {
  id: projectDocuments.id,
  projectId: projectDocuments.projectId,
  title: projectDocuments.title,
  fileName: projectDocuments.fileName,
  contentType: projectDocuments.contentType,
  sizeBytes: projectDocuments.sizeBytes,
  sha256: projectDocuments.sha256,
  createdAt: projectDocuments.createdAt,
};

const present = ({ createdAt, ...row }: { createdAt: Date } & Omit<ProjectDocument, 'uploadedAt'>): ProjectDocument => ({
  ...row,
  uploadedAt: createdAt.toISOString(),
});

const auditView = ({ uploadedAt: _u, ...rest }: ProjectDocument) => rest;

export async function listProjectDocuments(ctx: ServiceContext, projectId: string): Promise<ProjectDocument[]> {
  await requireProjectReader(ctx, projectId);
  const rows = await ctx.db
    .select(metadata)
    .from(projectDocuments)
    .where(eq(projectDocuments.projectId, projectId))
    .orderBy(desc(projectDocuments.createdAt), projectDocuments.id);
  return rows.map(present);
}

/** Checked before the upload is read, so that nobody without the right can make us buffer a file. */
export async function requireDocumentWriter(ctx: ServiceContext, projectId: string): Promise<void> {
  await requireWorkPlanEditor(ctx, projectId);
}

export async function addProjectDocument(ctx: ServiceContext, projectId: string, file: UploadedDocument): Promise<ProjectDocument> {
  const fileName = cleanDocumentFileName(file.fileName);
  const contentType = documentContentType(fileName, file.bytes);
  if (!contentType) {
    throw invalid([{ path: 'file', rule: 'file_type', message: `Attach a PDF, image, office or text file (${acceptedDocumentExtensions.join(', ')}).` }]);
  }
  const title = (file.title ?? '').trim() || fileName;
  if (title.length > 300) throw invalid([{ path: 'title', rule: 'too_big', message: 'The title is longer than 300 characters.' }]);
  return inTransaction(ctx, async (tx) => {
    await requireWorkPlanEditor(tx, projectId);
    const [row] = await tx.db
      .insert(projectDocuments)
      .values({
        projectId,
        title,
        fileName,
        contentType,
        ...storedFileColumns(file.bytes),
        uploadedBy: actorUserId(ctx.actor),
      })
      .returning(metadata);
    const document = present(row);
    await recordDomainEvent(tx, { entityType: 'project-document', entityId: row.id, action: 'create', after: auditView(document) });
    return document;
  });
}

export async function readProjectDocument(ctx: ServiceContext, projectId: string, id: string) {
  await requireProjectReader(ctx, projectId);
  const [row] = await ctx.db
    .select({ fileName: projectDocuments.fileName, contentType: projectDocuments.contentType, bytes: projectDocuments.content })
    .from(projectDocuments)
    .where(and(eq(projectDocuments.id, id), eq(projectDocuments.projectId, projectId)));
  if (!row) throw notFound('The document');
  return row;
}

export async function deleteProjectDocument(ctx: ServiceContext, projectId: string, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await requireWorkPlanEditor(tx, projectId);
    const [row] = await tx.db
      .select(metadata)
      .from(projectDocuments)
      .where(and(eq(projectDocuments.id, id), eq(projectDocuments.projectId, projectId)));
    if (!row) throw notFound('The document');
    await tx.db.delete(projectDocuments).where(eq(projectDocuments.id, id));
    await recordDomainEvent(tx, { entityType: 'project-document', entityId: id, action: 'delete', before: auditView(present(row)) });
  });
}
