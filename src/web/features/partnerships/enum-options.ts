import type { TFunction } from 'i18next';
import { agreementKinds, signingModes } from '../../../features/partnerships/agreements/agreements.schemas.ts';
import { partnershipKinds, partnershipStatuses } from '../../../features/partnerships/partnerships.schemas.ts';
import { timelineEventKinds } from '../../../features/partnerships/timeline-events.schemas.ts';

// Select options for the enumerations, labelled in the reader's language.
export const partnershipKindOptions = (t: TFunction) => partnershipKinds.map((value) => ({ value, label: t(`partnerships.kinds.${value}`) }));
export const partnershipStatusOptions = (t: TFunction) => partnershipStatuses.map((value) => ({ value, label: t(`partnerships.statuses.${value}`) }));
export const agreementKindOptions = (t: TFunction) => agreementKinds.map((value) => ({ value, label: t(`partnerships.agreementKinds.${value}`) }));
export const signingModeOptions = (t: TFunction) => signingModes.map((value) => ({ value, label: t(`partnerships.modes.${value}`) }));
export const timelineKindOptions = (t: TFunction) => timelineEventKinds.map((value) => ({ value, label: t(`partnerships.timelineKinds.${value}`) }));
