import { eq } from 'drizzle-orm';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { actorUserId } from '../../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../../shared/context.ts';
import { invalid, type FieldError } from '../../../shared/errors.ts';
import { chooseOriginalLanguage, storedTexts } from '../../../shared/localised-texts.ts';
import type { UiLocale } from '../../../shared/locales.ts';
import { recordDomainEvent } from '../../domain-events/index.ts';
import { findPartnershipRow, requirePartnershipEditor } from '../partnership-access.ts';
import { findAgreementRow, presentAgreements } from './agreement-read.ts';
import type { Agreement, CreateAgreementRequest, UpdateAgreementRequest } from './agreements.schemas.ts';
import { agreementParties, agreements } from './agreements.table.ts';

type AgreementInput = CreateAgreementRequest;

/** The agreement's original language, or a 400 naming originalLang when its title lacks that language. */
function originalLanguage(input: AgreementInput, current: UiLocale | null): UiLocale {
  const lang = chooseOriginalLanguage(input.originalLang, current, input.title);
  if (!lang) {
    throw invalid([{ path: 'originalLang', rule: 'no_title', message: `The title has no text in the original language (${input.originalLang}).` }]);
  }
  return lang;
}

function agreementColumns(input: AgreementInput, lang: UiLocale) {
  return {
    kind: input.kind,
    title: storedTexts(input.title, lang),
    originalLang: lang,
    signedOn: input.signedOn ?? null,
    mode: input.mode ?? null,
    place: input.place ?? null,
    summary: storedTexts(input.summary, lang),
  };
}

/** A signatory signs for one of the partnership's own cities. */
function checkSignatoryCities(input: AgreementInput, memberCityIds: string[]) {
  const fields: FieldError[] = [];
  input.signatories.forEach((s, i) => {
    if (s.cityId && !memberCityIds.includes(s.cityId)) {
      fields.push({ path: `signatories.${i}.cityId`, rule: 'not_member', message: 'This city is not a member of the partnership.' });
    }
  });
  if (fields.length) throw invalid(fields);
}

async function replaceParties(ctx: ServiceContext, agreementId: string, input: AgreementInput, lang: UiLocale) {
  await ctx.db.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  const rows = [
    ...input.signatories.map((s) => ({
      role: 'signatory' as const,
      personName: s.personName,
      office: storedTexts(s.office, lang),
      cityId: s.cityId ?? null,
      organisation: null,
    })),
    ...input.facilitators.map((f) => ({
      role: 'facilitator' as const,
      personName: f.personName,
      office: storedTexts(f.office, lang),
      cityId: null,
      organisation: f.organisation ?? null,
    })),
  ].map((p, position) => ({ ...p, agreementId, position }));
  if (rows.length) await ctx.db.insert(agreementParties).values(rows);
}

async function present(ctx: ServiceContext, row: typeof agreements.$inferSelect): Promise<Agreement> {
  const [agreement] = await presentAgreements(ctx, [row]);
  return agreement;
}

// Documents have their own audit entries; the agreement's snapshot names them only.
const auditView = ({ updatedAt: _u, can: _can, documents, ...rest }: Agreement) => ({ ...rest, documents: documents.map((d) => d.fileName) });

export async function createAgreement(ctx: ServiceContext, partnershipIdOrKey: string, input: CreateAgreementRequest): Promise<Agreement> {
  return inTransaction(ctx, async (tx) => {
    const partnership = await findPartnershipRow(tx, partnershipIdOrKey);
    const memberCityIds = await requirePartnershipEditor(tx, partnership.id);
    checkSignatoryCities(input, memberCityIds);
    const lang = originalLanguage(input, null);
    const [row] = await tx.db
      .insert(agreements)
      .values({ partnershipId: partnership.id, ...agreementColumns(input, lang), updatedBy: actorUserId(ctx.actor) })
      .returning();
    await replaceParties(tx, row.id, input, lang);
    const created = await present(tx, row);
    await recordDomainEvent(tx, { entityType: 'agreement', entityId: row.id, action: 'create', after: auditView(created) });
    return created;
  });
}

export async function updateAgreement(ctx: ServiceContext, id: string, input: UpdateAgreementRequest): Promise<Agreement> {
  return inTransaction(ctx, async (tx) => {
    const current = await findAgreementRow(tx, id);
    const memberCityIds = await requirePartnershipEditor(tx, current.partnershipId);
    checkSignatoryCities(input, memberCityIds);
    const before = await present(tx, current);
    const lang = originalLanguage(input, before.originalLang);
    const row = await updateVersioned(tx, agreements, 'The agreement', id, input.version, agreementColumns(input, lang));
    await replaceParties(tx, id, input, lang);
    const after = await present(tx, row);
    await recordDomainEvent(tx, { entityType: 'agreement', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function deleteAgreement(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await findAgreementRow(tx, id);
    await requirePartnershipEditor(tx, current.partnershipId);
    const before = await present(tx, current);
    await tx.db.delete(agreements).where(eq(agreements.id, id));
    await recordDomainEvent(tx, { entityType: 'agreement', entityId: id, action: 'delete', before: auditView(before) });
  });
}
