import type { HistoryContribution, PastRecords } from '../../audit/index.ts';
import { liveOrPastParent, mayReadPartnershipHistory } from '../partnership-history-access.ts';
import type { ServiceContext } from '../../../shared/context.ts';
import { agreementDocumentAgreementId, agreementPartnershipId, agreementTitles } from './agreement-queries.ts';

const agreementPartnership = async (ctx: ServiceContext, id: string | null, past: PastRecords) =>
  id && liveOrPastParent(await agreementPartnershipId(ctx, id), past, 'agreement', id, 'partnershipId');

/** An agreement's history, and its documents', is for those who may edit its partnership. */
const agreementHistory: HistoryContribution = {
  subjects: [
    { entityType: 'agreement', mayRead: async (ctx, id, past) => mayReadPartnershipHistory(ctx, await agreementPartnership(ctx, id, past), past) },
    {
      entityType: 'agreement-document',
      async mayRead(ctx, id, past) {
        const agreementId = await liveOrPastParent(await agreementDocumentAgreementId(ctx, id), past, 'agreement-document', id, 'agreementId');
        return mayReadPartnershipHistory(ctx, await agreementPartnership(ctx, agreementId, past), past);
      },
    },
  ],
  names: [
    {
      type: 'agreement',
      public: false,
      names: async (ctx, _by, ids) => (await agreementTitles(ctx, ids)).map((row) => ({ id: row.id, key: null, name: firstText(row.title) })),
    },
  ],
};

export default agreementHistory;

/** A title kept as text or per language (the first language given). */
function firstText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.map((v) => (v && typeof v === 'object' ? (v as { text?: unknown }).text : null)).find((t): t is string => typeof t === 'string') ?? null;
  if (value && typeof value === 'object') return Object.values(value).find((t): t is string => typeof t === 'string') ?? null;
  return null;
}
