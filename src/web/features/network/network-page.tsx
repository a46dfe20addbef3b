import { Alert, Anchor, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { PartnershipNetwork } from '../../../features/network/network.schemas.ts';
import { organisationKinds } from '../../../features/organisations/organisations.schemas.ts';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { SectionHeading } from '../../components/section-heading.tsx';
import { labelIn } from '../../lib/labels.ts';
import { useThemes } from '../../lib/lookups-api.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useNetwork } from './network-api.ts';
import { NetworkFigures } from './network-figures.tsx';
import { NetworkGraph } from './network-graph.tsx';
import { NetworkLegend } from './network-legend.tsx';
import { NetworkTable } from './network-table.tsx';
import { partnersByNode } from './network-view.ts';

/** Public: the partnership's organisations and key figures; who is tied to whom for its cities' users. */
export function NetworkPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filter = { theme: params.get('theme') ?? '', kind: params.get('kind') ?? '' };
  const network = useNetwork(key, filter);
  const name = network.data?.partnership.name;
  usePageTitle(name ? t('network.title', { name }) : t('network.titlePlain'));
  const setFilter = (patch: Partial<typeof filter>) => {
    const next = { ...filter, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)), { replace: true });
  };
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{name ? t('network.title', { name }) : t('network.titlePlain')}</Title>
        <Text c="gray.7">{t('network.intro')}</Text>
        <Anchor component={Link} to={`/partnerships/${encodeURIComponent(key)}`} fz="sm">
          {t('network.back')}
        </Anchor>
      </div>
      <NetworkFilters filter={filter} onChange={setFilter} />
      <QueryState query={network}>{(data) => <NetworkBody network={data} />}</QueryState>
    </Stack>
  );
}

function NetworkFilters({ filter, onChange }: { filter: { theme: string; kind: string }; onChange: (patch: { theme?: string; kind?: string }) => void }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const themes = useThemes();
  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('network.filter.label')}>
      <NativeSelect
        label={t('network.filter.theme')}
        data={[{ value: '', label: t('network.filter.allThemes') }, ...(themes.data ?? []).map((th) => ({ value: th.key, label: labelIn(th.labels, lang) }))]}
        value={filter.theme}
        onChange={(e) => onChange({ theme: e.currentTarget.value })}
        style={{ flex: '1 1 240px' }}
      />
      <NativeSelect
        label={t('network.filter.kind')}
        data={[{ value: '', label: t('network.filter.allKinds') }, ...organisationKinds.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }))]}
        value={filter.kind}
        onChange={(e) => onChange({ kind: e.currentTarget.value })}
        style={{ flex: '1 1 240px' }}
      />
    </Group>
  );
}

function NetworkBody({ network }: { network: PartnershipNetwork }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const { user } = useSession();
  const themes = useThemes();
  const themeLabels = new Map((themes.data ?? []).map((th) => [th.key, labelIn(th.labels, lang)]));
  const themeLabel = (k: string) => themeLabels.get(k) ?? k;
  const partners = partnersByNode(network.nodes, network.edges, lang);
  const title = t('network.graph.title', { name: network.partnership.name });
  return (
    <Stack gap="lg">
      <Text role="status" aria-live="polite">
        {t('network.count', { count: network.figures.organisations, ties: network.figures.ties })}
      </Text>
      <section aria-labelledby="network-figures-heading">
        <SectionHeading id="network-figures-heading" title={t('network.figures.title')} />
        <NetworkFigures network={network} themeLabel={themeLabel} />
      </section>
      {!network.tiesVisible && (
        <Alert color="blue" title={t('network.hidden.title')} styles={{ title: { color: 'var(--mantine-color-blue-9)' } }}>
          {user ? t('network.hidden.otherCity') : t('network.hidden.signIn')}
        </Alert>
      )}
      {network.nodes.length === 0 ? (
        <EmptyState title={t('network.empty')}>
          <Text c="gray.7">{t('network.emptyHint')}</Text>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="network-graph-heading">
            <SectionHeading id="network-graph-heading" title={t('network.graph.heading')} />
            <Stack gap="sm">
              <NetworkLegend network={network} />
              <Text fz="sm" c="gray.7">
                {t('network.graph.hint')}
              </Text>
              <NetworkGraph network={network} partners={partners} title={title} />
            </Stack>
          </section>
          <section aria-labelledby="network-table-heading">
            <SectionHeading id="network-table-heading" title={t('network.table.heading')} />
            <NetworkTable network={network} partners={partners} themeLabel={themeLabel} />
          </section>
        </>
      )}
    </Stack>
  );
}
