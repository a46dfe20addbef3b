// The agreements feature as other features may use it (issue 12): its read queries.
export { agreementDocumentAgreementId, agreementPartnershipId, agreementTitles } from './agreement-queries.ts';
