/**
 * A deadline's label in the reader's language. The server labels deadlines "stage N" or
 * "cut-off N", followed by the portal's action name in brackets when a topic has several
 * actions; the action name is the portal's own and stays as it is.
 */
export function deadlineLabel(t: (key: string, vars: { n: string }) => string, label: string): string {
  const m = /^(stage|cut-off) (\d+)(?: \((.+)\))?$/.exec(label);
  if (!m) return label;
  const own = t(m[1] === 'stage' ? 'calls.deadline.stage' : 'calls.deadline.cutOff', { n: m[2] });
  return m[3] ? `${own} (${m[3]})` : own;
}
