import type { CallDeadline } from './calls.table.ts';

/** A group of deadlines that belong together: the topic's own, or one action's. */
export interface DeadlineGroup {
  instants: string[];
  /** single-stage, two-stage, multiple cut-off (the portal's words), or null. */
  model: string | null;
  /** The action's type, added to the label when a topic has several actions. */
  action?: string | null;
}

export function normaliseDeadlineModel(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
  if (!v) return null;
  if (v.startsWith('single')) return 'single-stage';
  if (v.startsWith('two') || v === '2-stage') return 'two-stage';
  if (v.includes('multiple') || v.includes('cut-off') || v.includes('cutoff')) return 'multiple cut-off';
  return value.trim();
}

function labelsFor(model: string | null, count: number): (string | undefined)[] {
  if (model === 'two-stage') return Array.from({ length: count }, (_, i) => `stage ${Math.min(i + 1, 2)}`);
  if (model === 'multiple cut-off' && count > 1) return Array.from({ length: count }, (_, i) => `cut-off ${i + 1}`);
  return Array.from({ length: count }, () => undefined);
}

/**
 * Every deadline of a call, ascending and one per instant, labelled by stage (two-stage) or
 * cut-off number (multiple cut-off). When the same instant appears in several groups, the
 * first label found is kept: the topic's own dates come first.
 */
export function collectDeadlines(groups: DeadlineGroup[]): CallDeadline[] {
  const byInstant = new Map<string, CallDeadline>();
  const actions = new Set(groups.map((g) => g.action).filter(Boolean));
  for (const group of groups) {
    const instants = [...new Set(group.instants)].sort();
    const labels = labelsFor(group.model, instants.length);
    instants.forEach((at, i) => {
      let label = labels[i];
      if (actions.size > 1 && group.action) label = label ? `${label} (${group.action})` : group.action;
      const known = byInstant.get(at);
      if (!known) byInstant.set(at, label ? { at, label } : { at });
      else if (!known.label && label) known.label = label;
    });
  }
  return [...byInstant.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
