import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnershipNetwork } from '../../../features/network/network.schemas.ts';
import { intlLocale } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

function Card({ title, value, children }: { title: string; value: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap={4}>
        <Text fz="sm" c="gray.7">
          {title}
        </Text>
        <Text fz={28} fw={700} lh={1.1}>
          {value}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** The key figures of the shown network as cards. */
export function NetworkFigures({ network, themeLabel }: { network: PartnershipNetwork; themeLabel: (key: string) => string }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(intlLocale(uiLanguage(i18n)), { style: 'percent', maximumFractionDigits: 0 });
  const f = network.figures;
  const cityName = new Map(network.cities.map((c) => [c.id, c.name]));
  const nodeById = new Map(network.nodes.map((n) => [n.id, n]));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <Card title={t('network.figures.crossCity')} value={String(f.crossCityTies)}>
        <Text fz="sm">{t('network.figures.allTies', { count: f.ties })}</Text>
      </Card>
      <Card title={t('network.figures.tiedShare')} value={percent.format(f.tiedShare.overall.share)}>
        <Text fz="sm">{t('network.figures.tiedOf', { tied: f.tiedShare.overall.tied, total: f.tiedShare.overall.total })}</Text>
        <Stack component="ul" gap={0} m={0} pl="md">
          {f.tiedShare.perCity.map((c) => (
            <Text component="li" fz="sm" key={c.cityId}>
              {t('network.figures.tiedInCity', { city: cityName.get(c.cityId) ?? '', share: percent.format(c.share), tied: c.tied, total: c.total })}
            </Text>
          ))}
        </Stack>
      </Card>
      <Card title={t('network.figures.strong')} value={String(f.strongTies)}>
        <Text fz="sm">{t('network.figures.strongHint')}</Text>
      </Card>
      <Card title={t('network.figures.bridges')} value={String(f.themeBridgeCount)}>
        <Text fz="sm">{t('network.figures.bridgesHint')}</Text>
        {f.themeBridges.length > 0 && (
          <Stack component="ul" gap={2} m={0} pl="md">
            {f.themeBridges.slice(0, 5).map((b) => {
              const node = nodeById.get(b.organisationId);
              if (!node) return null;
              return (
                <Text component="li" fz="sm" key={b.organisationId}>
                  <Anchor component={Link} to={`/organisations/${node.key}`} fz="sm">
                    {node.name}
                  </Anchor>{' '}
                  {t('network.figures.bridgeThemes', { themes: b.themes.map(themeLabel).join(', ') })}
                </Text>
              );
            })}
          </Stack>
        )}
      </Card>
    </SimpleGrid>
  );
}
