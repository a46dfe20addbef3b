import { Box, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsortiumPartner, Project } from '../../../features/projects/projects.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ConsortiumPartnerModal } from './consortium-partner-modal.tsx';
import { notifyProjectError } from './project-errors.ts';
import { formatEuro } from './project-format.ts';
import { PartnerSuggestionsPanel } from './partner-suggestions-panel.tsx';
import { useRemovePartner } from './projects-api.ts';

const frozen = new Set(['submitted', 'funded', 'running', 'completed']);

/** The consortium: members with role and amounts, totals per city; add, edit and remove for those who run the project. */
export function ConsortiumSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<{ partner: ConsortiumPartner | null; preset?: string } | null>(null);
  const remove = useRemovePartner(project.id);
  const canManage = project.can.manage;
  const money = (n: number) => formatEuro(n, i18n.language);
  const actions = (p: ConsortiumPartner) =>
    canManage && (
      <Group gap={4} wrap="nowrap">
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setEditing({ partner: p })}
          aria-label={t('projects.consortium.editLabel', { name: p.organisation.name })}
        >
          {t('common.actions.edit')}
        </Button>
        {!frozen.has(project.stage) && (
          <ConfirmButton
            size="xs"
            title={t('projects.consortium.removeTitle')}
            message={t('projects.consortium.removeMessage', { name: p.organisation.name })}
            confirmLabel={t('projects.consortium.remove')}
            aria-label={t('projects.consortium.removeLabel', { name: p.organisation.name })}
            loading={remove.isPending}
            onConfirm={() =>
              remove.mutateAsync({ partnerId: p.id, version: p.version }).then(
                () => undefined,
                (err) => notifyProjectError(err, t),
              )
            }
          >
            {t('projects.consortium.remove')}
          </ConfirmButton>
        )}
      </Group>
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="project-consortium">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="h3" id="project-consortium">
            {t('projects.consortium.title')}
          </Title>
          {canManage && <Button onClick={() => setEditing({ partner: null })}>{t('projects.consortium.add')}</Button>}
        </Group>
        {project.consortium.length === 0 ? (
          <Text c="gray.7">{t('projects.consortium.empty')}</Text>
        ) : (
          <>
            <Box visibleFrom="sm">
              <DataTable
                label={t('projects.consortium.title')}
                minWidth={640}
                columns={[
                  t('projects.consortium.organisation'),
                  t('projects.consortium.city'),
                  t('projects.consortium.role'),
                  t('projects.consortium.budget'),
                  t('projects.consortium.ownContribution'),
                ]}
                hiddenColumn={canManage ? t('projects.consortium.actions') : undefined}
              >
                {project.consortium.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.organisation.name}</Table.Td>
                    <Table.Td>{p.organisation.city.name}</Table.Td>
                    <Table.Td>{t(`projects.role.${p.role}`)}</Table.Td>
                    <Table.Td>{money(p.budget)}</Table.Td>
                    <Table.Td>{money(p.ownContribution)}</Table.Td>
                    {canManage && <Table.Td>{actions(p)}</Table.Td>}
                  </Table.Tr>
                ))}
              </DataTable>
            </Box>
            <Stack hiddenFrom="sm" gap="xs">
              {project.consortium.map((p) => (
                <Paper key={p.id} withBorder p="sm" component="article" aria-label={p.organisation.name}>
                  <Text fw={600}>{p.organisation.name}</Text>
                  <Text fz="sm">
                    {p.organisation.city.name} · {t(`projects.role.${p.role}`)}
                  </Text>
                  <Text fz="sm">
                    {t('projects.consortium.budget')}: {money(p.budget)} · {t('projects.consortium.ownContribution')}: {money(p.ownContribution)}
                  </Text>
                  {actions(p)}
                </Paper>
              ))}
            </Stack>
            <div>
              <Title order={3} fz="h5" mb={4}>
                {t('projects.budget.title')}
              </Title>
              <Stack gap={2}>
                {project.budget.perCity.map((c) => (
                  <Text key={c.city.id} fz="sm">
                    {t('projects.budget.city', {
                      city: c.city.name,
                      budget: money(c.budget),
                      own: money(c.ownContribution),
                      share: Math.round(c.budgetShare * 100),
                    })}
                  </Text>
                ))}
                <Text fz="sm" fw={600}>
                  {t('projects.budget.total', {
                    budget: money(project.budget.totals.budget),
                    own: money(project.budget.totals.ownContribution),
                    rate: Math.round(project.budget.totals.ownContributionRate * 100),
                  })}
                </Text>
              </Stack>
            </div>
          </>
        )}
        {canManage && <PartnerSuggestionsPanel project={project} onAdd={(organisationId) => setEditing({ partner: null, preset: organisationId })} />}
      </Stack>
      <ConsortiumPartnerModal
        project={project}
        partner={editing?.partner ?? null}
        preset={editing?.preset}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Paper>
  );
}
