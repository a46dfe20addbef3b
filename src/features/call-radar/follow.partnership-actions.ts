import type { PartnershipActionContribution } from '../partnerships/index.ts';
import { canCreatePartnershipFeed, canFollowForPartnership, canUsePartnershipRadar } from './call-radar-policy.ts';

/** A partnership's `can.useRadar`, `can.followCalls` and `can.subscribeFeed`: the rules the radar, following and creating a feed check. */
const callRadarActions: PartnershipActionContribution = {
  useRadar: canUsePartnershipRadar,
  followCalls: canFollowForPartnership,
  subscribeFeed: canCreatePartnershipFeed,
};

export default callRadarActions;
