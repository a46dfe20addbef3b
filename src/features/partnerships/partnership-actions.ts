import type { Actor } from '../../shared/actor.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';
import { canDeletePartnership, canEditPartnership } from './partnership-policy.ts';

/** The verbs other features' rules decide on a partnership (they sit above partnerships). */
export type ContributedPartnershipVerb = 'startProject' | 'useRadar' | 'followCalls' | 'subscribeFeed' | 'planActivity';

/** A rule judged on what the partnership read already loaded: the caller and the member city ids. */
export type PartnershipRule = (actor: Actor, partnershipCityIds: readonly string[]) => boolean;

/**
 * What a feature adds to a partnership's `can`, in a file named `*.partnership-actions.ts`
 * (default export): for each verb it owns, THE policy function its own use case checks (projects:
 * starting a project; call-radar: its radar, following calls and subscribing a feed for it).
 * Partnerships names the verbs and knows none of the features that decide them (issue 12).
 */
export type PartnershipActionContribution = Partial<Record<ContributedPartnershipVerb, PartnershipRule>>;

export interface PartnershipCan {
  edit: boolean;
  delete: boolean;
  addAgreement: boolean;
  addTimelineEvent: boolean;
  startProject: boolean;
  useRadar: boolean;
  followCalls: boolean;
  subscribeFeed: boolean;
  planActivity: boolean;
}

export type PartnershipCanRules = Map<ContributedPartnershipVerb, PartnershipRule[]>;

/** Every feature's rules, loaded once per process (no statement: they are pure functions). */
export async function partnershipCanRules(): Promise<PartnershipCanRules> {
  const contributions = await loadFeatureContributions<PartnershipActionContribution>(/[.]partnership-actions[.]ts$/);
  const rules: PartnershipCanRules = new Map();
  for (const contribution of contributions) {
    for (const [verb, rule] of Object.entries(contribution) as [ContributedPartnershipVerb, PartnershipRule][]) {
      rules.set(verb, [...(rules.get(verb) ?? []), rule]);
    }
  }
  return rules;
}

/**
 * What the caller may do with one partnership, from its member city ids: the same policy
 * functions the use cases check. A verb no feature decides is false; the public gets all false.
 */
export function partnershipCan(actor: Actor, cityIds: readonly string[], rules: PartnershipCanRules): PartnershipCan {
  const contributed = (verb: ContributedPartnershipVerb) => actor.kind !== 'anonymous' && (rules.get(verb) ?? []).some((rule) => rule(actor, cityIds));
  // Agreements, their documents and timeline events are changed by who may edit the partnership (requirePartnershipEditor).
  const edit = canEditPartnership(actor, cityIds);
  return {
    edit,
    delete: canDeletePartnership(actor),
    addAgreement: edit,
    addTimelineEvent: edit,
    startProject: contributed('startProject'),
    useRadar: contributed('useRadar'),
    followCalls: contributed('followCalls'),
    subscribeFeed: contributed('subscribeFeed'),
    planActivity: contributed('planActivity'),
  };
}
