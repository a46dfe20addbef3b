import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { ThemeBadges } from '../../components/theme-badges.tsx';
import { languageLabel } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fz="sm" fw={600} c="gray.7">
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** The key facts of an organisation as a description list. */
export function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack component="dl" gap="sm" m={0}>
      <Fact term={t('organisations.fields.kind')}>{t(`organisations.kinds.${organisation.kind}`, { defaultValue: organisation.kind })}</Fact>
      <Fact term={t('organisations.fields.city')}>
        <Anchor component={Link} to={`/cities/${organisation.city.key}`}>
          {organisation.city.name} ({organisation.city.country})
        </Anchor>
      </Fact>
      {organisation.website && (
        <Fact term={t('organisations.fields.website')}>
          <Anchor href={organisation.website} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
            {organisation.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
          </Anchor>
        </Fact>
      )}
      {organisation.languages.length > 0 && (
        <Fact term={t('organisations.fields.languages')}>{organisation.languages.map((l) => languageLabel(l, uiLanguage(i18n))).join(', ')}</Fact>
      )}
      {organisation.themes.length > 0 && (
        <Fact term={t('organisations.fields.themes')}>
          <ThemeBadges themes={organisation.themes} variant="outline" />
        </Fact>
      )}
    </Stack>
  );
}
