import { Anchor, Box, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnershipNetwork } from '../../../features/network/network.schemas.ts';
import type { Partner } from './network-view.ts';

interface Props {
  network: PartnershipNetwork;
  partners: Map<string, Partner[]>;
  themeLabel: (key: string) => string;
}

/**
 * The same network as a table: the way in for keyboard and screen-reader users. On phones, where
 * six columns do not fit, the same content as a list of cards.
 */
export function NetworkTable(props: Props) {
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  return wide ? <WideTable {...props} /> : <NarrowList {...props} />;
}

function sortedNodes(network: PartnershipNetwork) {
  const cityOrder = new Map(network.cities.map((c, i) => [c.id, i]));
  return [...network.nodes].sort((a, b) => cityOrder.get(a.cityId)! - cityOrder.get(b.cityId)! || a.name.localeCompare(b.name));
}

function NarrowList({ network, partners, themeLabel }: Props) {
  const { t } = useTranslation();
  const cityName = new Map(network.cities.map((c) => [c.id, c.name]));
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('network.table.caption')}>
      {sortedNodes(network).map((node) => {
        const list = partners.get(node.id) ?? [];
        return (
          <Paper component="li" key={node.id} withBorder p="sm" radius="md" data-row={node.key}>
            <Anchor component={Link} to={`/organisations/${node.key}`} fw={600}>
              {node.name}
            </Anchor>
            <Text fz="sm">
              {cityName.get(node.cityId)} · {t(`organisations.kinds.${node.kind}`, { defaultValue: node.kind })}
            </Text>
            {node.themes.length > 0 && (
              <Text fz="sm" c="gray.7">
                {node.themes.map(themeLabel).join(', ')}
              </Text>
            )}
            {network.tiesVisible && (
              <>
                <Text fz="sm" mt={4}>
                  {t('network.table.tiesCount', { count: node.degree ?? 0 })}
                </Text>
                {list.length > 0 && (
                  <Box component="ul" m={0} pl="md" fz="sm">
                    {list.map((p) => (
                      <li key={p.node.id}>
                        {t('network.table.partner', {
                          name: p.node.name,
                          city: cityName.get(p.node.cityId) ?? '',
                          strength: t(`network.strength.${p.strength}`),
                        })}
                      </li>
                    ))}
                  </Box>
                )}
              </>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

function WideTable({ network, partners, themeLabel }: Props) {
  const { t } = useTranslation();
  const cityName = new Map(network.cities.map((c) => [c.id, c.name]));
  const rows = sortedNodes(network);
  return (
    <Box role="region" aria-labelledby="network-table-caption" tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped verticalSpacing="xs" miw={640}>
        <caption id="network-table-caption" style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 8 }}>
          {t('network.table.caption')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('network.table.organisation')}</Table.Th>
            <Table.Th scope="col">{t('network.table.city')}</Table.Th>
            <Table.Th scope="col">{t('network.table.kind')}</Table.Th>
            <Table.Th scope="col">{t('network.table.themes')}</Table.Th>
            {network.tiesVisible && <Table.Th scope="col">{t('network.table.ties')}</Table.Th>}
            {network.tiesVisible && <Table.Th scope="col">{t('network.table.withWhom')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((node) => {
            const list = partners.get(node.id) ?? [];
            return (
              <Table.Tr key={node.id} data-row={node.key}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/organisations/${node.key}`}>
                    {node.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{cityName.get(node.cityId)}</Table.Td>
                <Table.Td>{t(`organisations.kinds.${node.kind}`, { defaultValue: node.kind })}</Table.Td>
                <Table.Td>{node.themes.map(themeLabel).join(', ')}</Table.Td>
                {network.tiesVisible && <Table.Td>{node.degree ?? 0}</Table.Td>}
                {network.tiesVisible && (
                  <Table.Td>
                    {list.length === 0 ? (
                      <Text fz="sm" c="gray.7">
                        {t('network.table.none')}
                      </Text>
                    ) : (
                      <Box component="ul" m={0} pl="md">
                        {list.map((p) => (
                          <li key={p.node.id}>
                            {t('network.table.partner', {
                              name: p.node.name,
                              city: cityName.get(p.node.cityId) ?? '',
                              strength: t(`network.strength.${p.strength}`),
                            })}
                          </li>
                        ))}
                      </Box>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
