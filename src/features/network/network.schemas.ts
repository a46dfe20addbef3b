import { z } from 'zod';
import { organisationKinds } from '../organisations/organisations.schemas.ts';
import { tieStrengths } from './network-graph.ts';

export const networkParams = z.object({ id: z.string().min(1).max(100).describe('Partnership id (uuid) or key') });

export const networkQuery = z.object({
  theme: z.string().trim().max(100).optional().describe('Only organisations working in this theme (theme key), and the ties among them'),
  kind: z.enum(organisationKinds).optional().describe('Only organisations of this kind, and the ties among them'),
});
export type NetworkQuery = z.infer<typeof networkQuery>;

const share = z.object({ tied: z.number().int(), total: z.number().int(), share: z.number().describe('tied / total (0 when total is 0)') });

const networkCity = z.object({ id: z.string(), key: z.string(), name: z.string(), country: z.string() });

export const networkNodeSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  cityId: z.string(),
  themes: z.array(z.string()),
  concepts: z.array(z.string()).describe('Taxonomy concepts the organisation confirmed'),
  domains: z.array(z.string()).describe('Taxonomy domains of those concepts'),
  degree: z.number().int().nullable().describe('Ties within the shown network; null when the caller may not see ties'),
  x: z.number().describe('Layout position on the unit circle (x right)'),
  y: z.number().describe('Layout position on the unit circle (y down)'),
  angle: z.number().describe('Direction from the centre in radians, for placing the label'),
});

export const networkEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  strength: z.enum(tieStrengths),
  crossCity: z.boolean(),
  introductions: z.number().int(),
});

export const networkResponse = z
  .object({
    partnership: z.object({ id: z.string(), key: z.string(), name: z.string() }),
    filters: z.object({ theme: z.string().nullable(), kind: z.string().nullable() }),
    tiesVisible: z.boolean().describe('Whether the caller sees the ties themselves (edges, degrees, bridging organisations) or only the figures'),
    cities: z.array(networkCity),
    nodes: z.array(networkNodeSchema),
    edges: z.array(networkEdgeSchema),
    figures: z.object({
      organisations: z.number().int(),
      ties: z.number().int(),
      crossCityTies: z.number().int(),
      strongTies: z.number().int().describe('Ties at the stage collaborating or joint project'),
      tiedShare: z.object({ overall: share, perCity: z.array(share.extend({ cityId: z.string() })) }),
      themeBridgeCount: z.number().int(),
      themeBridges: z
        .array(z.object({ organisationId: z.string(), themes: z.array(z.string()), degree: z.number().int() }))
        .describe('Organisations tied to two partners without a common theme; empty when ties are not visible'),
    }),
  })
  .meta({ id: 'PartnershipNetwork' });

export type PartnershipNetwork = z.infer<typeof networkResponse>;
export type NetworkNode = z.infer<typeof networkNodeSchema>;
export type NetworkEdge = z.infer<typeof networkEdgeSchema>;
export { tieStrengths };
