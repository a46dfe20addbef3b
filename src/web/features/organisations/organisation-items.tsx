import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationItem } from '../../../features/organisations/organisations.schemas.ts';
import { ThemeBadges } from '../../components/theme-badges.tsx';
import { languageLabel } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { ConceptBadges } from './concept-badges.tsx';
import { itemExpiry, offersRenewal, todayUtc } from './item-expiry.ts';
import { ItemState } from './item-state.tsx';

/** What editors can do with an item from the organisation page. */
export interface ItemActions {
  renew: (item: OrganisationItem) => void;
  renewing: string | null;
  submit: (item: OrganisationItem) => void;
  submitting: string | null;
  /** Coordinators and admins publish directly; editors submit for review. */
  publishes: boolean;
}

interface Props {
  items: OrganisationItem[];
  emptyText: string;
  /** Set for those who may edit the organisation: shows review state, days left and the actions. */
  actions?: ItemActions;
}

/** Offers or requests of an organisation, each as a card under a level-3 heading. */
export function OrganisationItems({ items, emptyText, actions }: Props) {
  const { t, i18n } = useTranslation();
  if (!items.length) return <Text c="gray.7">{emptyText}</Text>;
  const today = todayUtc();
  return (
    <Stack gap="sm">
      {items.map((item) => {
        const title = item.title || t('organisations.items.untitled');
        const renewable = !!actions && (item.expired || offersRenewal(itemExpiry(item.validUntil, today)));
        return (
          <Card key={item.id} withBorder padding="md" component="article" lang={item.lang ?? undefined}>
            <Stack gap="xs">
              <Group gap="xs">
                {item.category && <Badge variant="light">{t(`organisations.categories.${item.category}`, { defaultValue: item.category })}</Badge>}
                {item.lang && (
                  <Badge variant="outline" color="gray.7" tt="none" lang={uiLanguage(i18n)}>
                    {languageLabel(item.lang, uiLanguage(i18n))}
                  </Badge>
                )}
              </Group>
              <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Title>
              <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{item.text}</Text>
              <ThemeBadges themes={item.themes} variant="outline" />
              <ConceptBadges concepts={item.concepts} />
              <ItemState item={item} insider={!!actions} />
              {actions && (renewable || item.status === 'draft') && (
                <Group gap="sm" lang={uiLanguage(i18n)}>
                  {item.status === 'draft' && (
                    <Button
                      size="xs"
                      variant="light"
                      loading={actions.submitting === item.id}
                      onClick={() => actions.submit(item)}
                      aria-label={t(actions.publishes ? 'organisations.items.publishFor' : 'organisations.items.submitFor', { title })}
                    >
                      {actions.publishes ? t('organisations.items.publish') : t('organisations.items.submit')}
                    </Button>
                  )}
                  {renewable && (
                    <Button
                      size="xs"
                      data-renew
                      loading={actions.renewing === item.id}
                      onClick={() => actions.renew(item)}
                      aria-label={t('organisations.items.renewFor', { title })}
                    >
                      {t('organisations.items.renew')}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
