import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipNetwork } from '../../../features/network/network.schemas.ts';
import { tieStrengths } from '../../../features/network/network.schemas.ts';
import { edgeStyle } from './network-graph.tsx';
import { colourOfCity, shapeOfCity, shapePath } from './network-view.ts';

/** What the shapes and lines mean: cities by shape and colour, ties by line width and dashes. */
export function NetworkLegend({ network }: { network: PartnershipNetwork }) {
  const { t } = useTranslation();
  return (
    <Group gap="lg" wrap="wrap" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('network.legend.label')}>
      {network.cities.map((city, i) => (
        <Group component="li" key={city.id} gap={6} wrap="nowrap">
          <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
            <path d={shapePath(shapeOfCity(i), 11, 11, 7)} fill={colourOfCity(i)} />
          </svg>
          <Text fz="sm">{t(`network.legend.shape.${shapeOfCity(i)}`, { city: city.name })}</Text>
        </Group>
      ))}
      {network.tiesVisible &&
        tieStrengths.map((strength) => (
          <Group component="li" key={strength} gap={6} wrap="nowrap">
            <svg width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">
              <line
                x1="2"
                y1="8"
                x2="38"
                y2="8"
                stroke={edgeStyle[strength].colour}
                strokeWidth={edgeStyle[strength].width}
                strokeDasharray={edgeStyle[strength].dash}
              />
            </svg>
            <Text fz="sm">{t(`network.legend.line.${strength}`)}</Text>
          </Group>
        ))}
    </Group>
  );
}
