import { Button, Group, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { IntroductionList } from './introduction-list.tsx';
import { useIntroductionList, type Box } from './introductions-api.ts';

const boxes: Box[] = ['inbox', 'sent', 'all'];

/** The in-app inbox: introductions asked of the reader's organisation, those it asked, or all it may see. */
export function IntroductionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('introductions.title'));
  return (
    <RequireRole>
      <Introductions />
    </RequireRole>
  );
}

function Introductions() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const box = (boxes as string[]).includes(params.get('box') ?? '') ? (params.get('box') as Box) : 'inbox';
  const list = useIntroductionList(box);
  const unread = list.data?.unread;
  const label = (b: Box) => {
    const n = b === 'inbox' ? unread?.inbox : b === 'sent' ? unread?.sent : 0;
    return n ? `${t(`introductions.box.${b}`)} (${n})` : t(`introductions.box.${b}`);
  };
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('introductions.title')}
        intro={t('introductions.intro')}
        action={
          (can.seeIntroductionPipeline || can.brokerIntroductions) && (
            <Group gap="sm">
              {can.seeIntroductionPipeline && (
                <Button component={Link} to="/introductions/pipeline" variant="default">
                  {t('introductions.pipeline.title')}
                </Button>
              )}
              {can.brokerIntroductions && (
                <Button component={Link} to="/introductions/new">
                  {t('introductions.new.brokerButton')}
                </Button>
              )}
            </Group>
          )
        }
      />
      <div>
        <VisuallyHidden id="box-label">{t('introductions.box.label')}</VisuallyHidden>
        <SegmentedControl
          aria-labelledby="box-label"
          value={box}
          onChange={(v) => setParams({ box: v }, { replace: true })}
          data={boxes.map((b) => ({ value: b, label: label(b) }))}
        />
      </div>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t(`introductions.empty.${box}`)}>
              <Text c="gray.7">{t('introductions.empty.hint')}</Text>
            </EmptyState>
          ) : (
            <IntroductionList items={data.items} />
          )
        }
      </QueryState>
    </Stack>
  );
}
