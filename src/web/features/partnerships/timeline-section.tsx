import { Button, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import type { TimelineEvent } from '../../../features/partnerships/timeline-events.schemas.ts';
import { EmptyState } from '../../components/query-state.tsx';
import { SectionHeading } from '../../components/section-heading.tsx';
import { useModalTarget } from '../../lib/use-modal-target.ts';
import { PartnershipProjectEntry } from '../projects/work-plan/partnership-project-entry.tsx';
import { isHandEnteredEvent } from '../projects/work-plan/partnership-timeline-entries.ts';
import { TimelineEntry } from './timeline-entry.tsx';
import { TimelineEventModal } from './timeline-event-modal.tsx';

interface Props {
  partnership: Partnership;
  reload: () => Promise<Partnership | undefined>;
  showHistory: boolean;
}

export function TimelineSection({ partnership, reload, showHistory }: Props) {
  const { t } = useTranslation();
  const modal = useModalTarget<TimelineEvent>();
  // Newest first, whatever order the events were entered in.
  const events = [...partnership.timeline].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  const mayChange = partnership.can.addTimelineEvent || events.some((e) => e.can.edit);
  return (
    <section aria-labelledby="timeline-heading">
      <SectionHeading id="timeline-heading" title={t('partnerships.timeline.title')}>
        {partnership.can.addTimelineEvent && (
          <Button variant="light" size="xs" onClick={() => modal.open(null)}>
            {t('partnerships.timeline.add')}
          </Button>
        )}
      </SectionHeading>
      {events.length === 0 ? (
        <EmptyState title={t('partnerships.timeline.empty')} />
      ) : (
        <Timeline bulletSize={14} lineWidth={2} color="indigo" active={events.length} component="ol" style={{ listStyle: 'none', margin: 0 }}>
          {events.map((event) => (
            <Timeline.Item key={event.id} component="li">
              {isHandEnteredEvent(event) ? (
                <TimelineEntry event={event} showHistory={showHistory} onEdit={() => modal.open(event)} />
              ) : (
                <PartnershipProjectEntry entry={event} />
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {mayChange && <TimelineEventModal partnership={partnership} event={modal.target} opened={modal.opened} onClose={modal.close} reload={reload} />}
    </section>
  );
}
