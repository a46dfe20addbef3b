import type { ServiceContext } from '../../shared/context.ts';
import { callByIdentifier } from '../calls/index.ts';
import { addConsortiumPartner } from './add-consortium-partner.ts';
import { moveProjectStage } from './move-project-stage.ts';
import { startProject } from './start-project.ts';

export const DEMO_PROJECT_CALL = 'HORIZON-MISS-2027-CIT-02-03';
export const DEMO_PROJECT_TITLE = 'Urban digital twins for heat resilience';

/**
 * The demo partnership's project idea, in consortium building: a Dortmund sensor start-up as
 * coordinator and the Cluj IT cluster as partner, answering the cities-mission call when the demo
 * calls are there (seeded before this), else without a call. Through the use cases, so the demo
 * has the same stage events and audit entries as a project started in the UI.
 */
export async function seedDemoProject(tx: ServiceContext, partnershipKey: string, now = new Date()): Promise<string> {
  const call = await callByIdentifier(tx, DEMO_PROJECT_CALL);
  const started = await startProject(
    tx,
    {
      partnership: partnershipKey,
      callIdentifier: call ? DEMO_PROJECT_CALL : undefined,
      title: DEMO_PROJECT_TITLE,
      acronym: 'HEATTWIN',
      summary:
        'Dortmund and Cluj-Napoca build digital twins of two districts that model summer heat street by street, fed by low-cost sensor networks, so that both cities can plan shade, green and cooling where people need it most.',
    },
    now,
  );
  await addConsortiumPartner(
    tx,
    started.id,
    { organisation: 'klimasensor-dortmund', role: 'coordinator', budget: 420_000, ownContribution: 60_000, note: null },
    now,
  );
  const withPartners = await addConsortiumPartner(
    tx,
    started.id,
    { organisation: 'cluj-it-cluster', role: 'partner', budget: 310_000, ownContribution: 40_000, note: null },
    now,
  );
  await moveProjectStage(tx, started.id, { stage: 'consortium', version: withPartners.version, note: 'Partners found at the brokerage day.' }, now);
  return started.id;
}
