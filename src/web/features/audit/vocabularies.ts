/**
 * Where the web catalogues name the codes of each vocabulary the history shows (the server says
 * which vocabulary a value comes from: audit/history-fields.ts). Themes and concepts come with
 * their names from the server; languages and countries are named by the browser.
 */
export const vocabularyKeys: Record<string, string> = {
  'organisation-kind': 'organisations.kinds',
  'partnership-kind': 'partnerships.kinds',
  'partnership-status': 'partnerships.statuses',
  'agreement-kind': 'partnerships.agreementKinds',
  'signing-mode': 'partnerships.modes',
  'timeline-kind': 'partnerships.timelineKinds',
  'project-stage': 'projects.stage',
  'project-role': 'projects.role',
  'item-category': 'organisations.categories',
  'item-status': 'organisations.items.status',
  'user-role': 'common.roles',
  'work-package-status': 'projects-work-plan.workPackageStatus',
  'milestone-status': 'projects-work-plan.milestoneStatus',
  'history-event': 'history.events',
  'activity-kind': 'activities.kind',
  'activity-status': 'activities.status',
  'participant-role': 'activities.role',
  'participant-status': 'activities.myStatus',
  'measure-status': 'action-programmes.status',
};

/** Vocabularies named without the catalogues. */
export const namedElsewhere = ['theme', 'concept', 'language', 'country'];
