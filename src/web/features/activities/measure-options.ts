import { useQueries, useQuery } from '@tanstack/react-query';
import type { Programme, ProgrammeList } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { apiGet } from '../../lib/api-client.ts';
import { chooseText } from '../../../shared/localised-text-choice.ts';

/**
 * The measures of the partnership's action programmes, for the plan form's optional "carries out
 * measure" select: "Programme › measure", in the reader's language where written.
 */
export function useMeasureOptions(partnershipId: string, lang: string) {
  const list = useQuery({
    queryKey: ['activities', 'measure-options', partnershipId],
    queryFn: () => apiGet<ProgrammeList>(`/api/partnerships/${partnershipId}/programmes`),
    retry: false,
  });
  const programmes = useQueries({
    queries: (list.data?.items ?? []).map((p) => ({
      queryKey: ['activities', 'measure-options', partnershipId, p.id],
      queryFn: () => apiGet<Programme>(`/api/programmes/${p.id}`),
      retry: false,
    })),
  });
  return programmes.flatMap((q) => {
    const p = q.data;
    if (!p) return [];
    const programme = chooseText(p.title, p.originalLang, lang)?.text ?? p.key;
    return p.fields.flatMap((f) =>
      f.goals.flatMap((g) => g.measures.map((m) => ({ value: m.id, label: `${programme} › ${chooseText(m.title, p.originalLang, lang)?.text ?? m.key}` }))),
    );
  });
}
