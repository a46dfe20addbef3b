export const roles = ['admin', 'coordinator', 'org-editor', 'member'] as const;
export type Role = (typeof roles)[number];
