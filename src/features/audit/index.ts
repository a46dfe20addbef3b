// The audit feature as other features may use it (issue 12): recording a change in the writer's
// transaction. Reading a history goes through the API (audit.routes.ts).
export { recordAudit, type AuditAction } from './audit.service.ts';
export { auditAuthorColumns } from './audit-author.ts';
