import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeMeasure } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { DetailsList } from '../../components/details-list.tsx';
import { ShownLanguageNote } from '../../components/localised-record-text.tsx';
import { formatDay } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { DeleteItemButton } from '../partnerships/delete-item-button.tsx';
import { MeasureStatusBadges } from './measure-status-badge.tsx';
import { formatEuro, formatFigure, formatPeriod } from './programme-format.ts';
import type { useTextChooser } from './programme-text.ts';
import { useDeleteMeasure } from './programmes-api.ts';

interface Props {
  measure: ProgrammeMeasure;
  choose: ReturnType<typeof useTextChooser>;
  onEdit: () => void;
}

/** One measure with everything a council member asks about it: who, by when, how far, with what. */
export function MeasureCard({ measure: m, choose, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const title = choose(m.title);
  const description = choose(m.description);
  const remove = useDeleteMeasure();
  const name = title?.text ?? m.key;
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-labelledby={`measure-${m.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Title order={5} id={`measure-${m.id}`} lang={title?.lang} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Title>
            <ShownLanguageNote shown={title} />
          </div>
          <MeasureStatusBadges measure={m} />
        </Group>
        {description && (
          <Text fz="sm" lang={description.lang} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {description.text}
          </Text>
        )}
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={m.progress}
            color={m.status === 'done' ? 'green.8' : 'indigo.7'}
            style={{ flex: 1 }}
            aria-label={t('action-programmes.measure.progressOf', { name, percent: m.progress })}
          />
          <Text fz="sm" fw={700} style={{ flexShrink: 0 }}>
            {m.progress} %
          </Text>
        </Group>
        <DetailsList
          items={[
            { label: t('action-programmes.measure.period'), value: formatPeriod(m.startsOn, m.endsOn, lang) },
            { label: t('action-programmes.measure.budget'), value: m.budget === null ? '' : formatEuro(m.budget, lang) },
            {
              label: t('action-programmes.measure.sdgTargets'),
              value: m.sdgTargets.length ? (
                <Group gap={4} component="span">
                  {m.sdgTargets.map((s) => (
                    <Badge key={s} variant="outline" color="dark" tt="none" component="span">
                      {t('action-programmes.measure.sdg', { target: s })}
                    </Badge>
                  ))}
                </Group>
              ) : (
                ''
              ),
            },
          ]}
        />
        {m.responsibles.length > 0 && (
          <div>
            <Text fz="xs" c="gray.7" fw={600}>
              {t('action-programmes.measure.responsibles')}
            </Text>
            <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {m.responsibles.map((r, i) => (
                <Text key={i} component="li" fz="sm">
                  {r.cityName}:{' '}
                  {r.organisation ? (
                    <Anchor underline="always" component={Link} to={`/organisations/${encodeURIComponent(r.organisation.key)}`}>
                      {r.organisation.name}
                    </Anchor>
                  ) : (
                    r.office
                  )}
                </Text>
              ))}
            </Stack>
          </div>
        )}
        {m.indicators.length > 0 && (
          <div>
            <Text fz="xs" c="gray.7" fw={600}>
              {t('action-programmes.measure.indicators')}
            </Text>
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {m.indicators.map((i) => {
                const shown = choose(i.name);
                return (
                  <Text key={i.id} component="li" fz="sm" style={{ overflowWrap: 'anywhere' }}>
                    <Text span fw={600} lang={shown?.lang}>
                      {shown?.text ?? ''}
                    </Text>
                    {': '}
                    {t('action-programmes.indicator.figures', {
                      baseline: formatFigure(i.baseline, i.unit, lang),
                      target: formatFigure(i.target, i.unit, lang),
                      achieved: formatFigure(i.achieved, i.unit, lang),
                    })}
                    {i.share !== null && ` (${Math.round(i.share * 100)} %)`}
                    {i.source && (
                      <Text span fz="xs" c="gray.7" display="block">
                        {t('action-programmes.indicator.source', { source: i.source })}
                      </Text>
                    )}
                  </Text>
                );
              })}
            </Stack>
          </div>
        )}
        {(m.projects.length > 0 || m.activities.length > 0) && (
          <div>
            <Text fz="xs" c="gray.7" fw={600}>
              {t('action-programmes.measure.carriedOutBy')}
            </Text>
            <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {m.projects.map((p) => (
                <Text key={p.id} component="li" fz="sm">
                  {t('action-programmes.measure.project')}:{' '}
                  <Anchor underline="always" component={Link} to={`/projects/${p.id}`}>
                    {p.title}
                  </Anchor>
                </Text>
              ))}
              {m.activities.map((a) => (
                <Text key={a.id} component="li" fz="sm">
                  {t('action-programmes.measure.activity')}:{' '}
                  <Anchor underline="always" component={Link} to={`/activities/${encodeURIComponent(a.key)}`}>
                    {choose(a.title)?.text ?? a.key}
                  </Anchor>{' '}
                  ({formatDay(a.startsAt, lang)})
                </Text>
              ))}
            </Stack>
          </div>
        )}
        {(m.can.edit || m.can.delete) && (
          <Group gap="xs">
            {m.can.edit && (
              <Button variant="subtle" size="compact-sm" onClick={onEdit}>
                {t('common.actions.edit')}
                <VisuallyHidden> ({name})</VisuallyHidden>
              </Button>
            )}
            {m.can.edit && (
              <Anchor component={Link} to={`/history/programme-measure/${m.id}`} fz="sm">
                {t('common.actions.history')}
                <VisuallyHidden> ({name})</VisuallyHidden>
              </Anchor>
            )}
            {m.can.delete && (
              <DeleteItemButton
                size="compact-sm"
                title={t('action-programmes.measure.deleteTitle')}
                message={t('action-programmes.measure.deleteMessage', { name })}
                hiddenName={` (${name})`}
                deletedMessage={t('action-programmes.measure.deleted')}
                onDelete={() => remove.mutateAsync(m.id)}
                deleting={remove.isPending}
              />
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
