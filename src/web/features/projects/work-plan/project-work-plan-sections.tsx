import { Stack } from '@mantine/core';
import { DocumentsSection } from './documents-section.tsx';
import { IndicatorsSection } from './indicators-section.tsx';
import { MilestonesSection } from './milestones-section.tsx';
import { ProjectTimelineSection } from './project-timeline-section.tsx';
import { WorkPackagesSection } from './work-packages-section.tsx';

/**
 * The work plan of a joint project, for the project's page: work packages (with their
 * milestones and progress), milestones, documents, outcomes and indicators, and the timeline.
 * canEdit: whether the reader may write the work plan (the API decides anyway).
 */
export function ProjectWorkPlanSections({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  return (
    <Stack gap="xl">
      <WorkPackagesSection projectId={projectId} canEdit={canEdit} />
      <MilestonesSection projectId={projectId} canEdit={canEdit} />
      <IndicatorsSection projectId={projectId} canEdit={canEdit} />
      <DocumentsSection projectId={projectId} canEdit={canEdit} />
      <ProjectTimelineSection projectId={projectId} />
    </Stack>
  );
}
