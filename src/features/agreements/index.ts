// The agreements feature as other features may use it (issue 12): its read queries.
export { agreementDocumentAgreementId, agreementPartnershipId, agreementTitles } from './agreement-queries.ts';
export { agreementsOfPartnership, presentAgreements } from './agreement-read.ts';
export { looksLikePdf } from './pdf-file.ts';
export { agreementCountsByPartnership } from './agreement-queries.ts';
export { createAgreement } from './agreements.service.ts';
export { backdateAgreements } from './backdate-agreements.ts';
