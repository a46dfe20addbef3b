import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationItem } from '../../../features/organisations/organisations.schemas.ts';
import { isVersionConflict } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/labels.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import type { ConflictDialogState } from '../../lib/use-versioned-edit.ts';
import { requestWithDraft } from './organisation-form-model.ts';
import type { ItemActions } from './organisation-items.tsx';
import { useRenewItem, useUpdateOrganisation } from './organisations-api.ts';

/**
 * Renewal (one click, from the expiry reminder) and submitting a draft for review, on the
 * organisation page. Submitting saves the organisation as read, so a newer version in the
 * meantime opens the conflict dialog instead of overwriting it.
 */
export function useItemActions(organisation: Organisation, reload: () => Promise<void>): { actions: ItemActions | undefined; conflict: ConflictDialogState } {
  const { t, i18n } = useTranslation();
  const renew = useRenewItem();
  const save = useUpdateOrganisation(organisation.id);
  const [conflict, setConflict] = useState(false);
  const [submittingId, setSubmittingId] = useState<string | null>(null);
  const titleOf = (item: OrganisationItem) => item.title || t('organisations.items.untitled');
  // Coordinators of its city (admins anywhere) review its items: what they submit is published at once.
  const publishes = organisation.can.reviewItems;

  const actions: ItemActions | undefined = organisation.can.edit
    ? {
        publishes,
        renewing: renew.isPending ? (renew.variables ?? null) : null,
        renew: (item) =>
          renew.mutate(item.id, {
            onSuccess: (renewed) =>
              notifySuccess(t, t('organisations.items.renewed', { title: titleOf(item), date: formatDate(renewed.validUntil, uiLanguage(i18n)) })),
            onError: (error) => notifyError(t, errorMessage(error, t), t('common.errors.title')),
          }),
        submitting: save.isPending ? submittingId : null,
        submit: (item) => {
          setSubmittingId(item.id);
          save.mutate(requestWithDraft(organisation, item.id, false), {
            onSuccess: () =>
              notifySuccess(
                t,
                publishes ? t('organisations.items.published', { title: titleOf(item) }) : t('organisations.items.submitted', { title: titleOf(item) }),
              ),
            onError: (error) => {
              if (isVersionConflict(error)) setConflict(true);
              else notifyError(t, errorMessage(error, t), t('common.errors.title'));
            },
          });
        },
      }
    : undefined;

  return {
    actions,
    conflict: {
      opened: conflict,
      onClose: () => setConflict(false),
      onReload: () => {
        setConflict(false);
        void reload();
      },
    },
  };
}
