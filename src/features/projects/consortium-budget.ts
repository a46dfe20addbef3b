import { consortiumRoles, type ConsortiumRole } from './project-vocabulary.ts';

export interface BudgetLine {
  partnerId: string;
  cityId: string;
  role: ConsortiumRole;
  /** EUR with at most two decimals. */
  budget: number;
  ownContribution: number;
}

export interface AmountTotals {
  budget: number;
  ownContribution: number;
  /** budget + own contribution: what the share of the work costs. */
  total: number;
}

export interface CityTotals extends AmountTotals {
  cityId: string;
  /** This city's part of the consortium's EU budget, 0..1 (0 when there is no budget yet). */
  budgetShare: number;
}

export interface ConsortiumBudget {
  totals: AmountTotals & { ownContributionRate: number };
  perPartner: (AmountTotals & { partnerId: string })[];
  perCity: CityTotals[];
  perRole: (AmountTotals & { role: ConsortiumRole })[];
}

// Summed in whole cents: binary fractions would drift on sums of many partners.
const cents = (eur: number) => Math.round(eur * 100);
const eur = (c: number) => c / 100;
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

function sum(lines: readonly BudgetLine[]): AmountTotals {
  const b = lines.reduce((s, l) => s + cents(l.budget), 0);
  const o = lines.reduce((s, l) => s + cents(l.ownContribution), 0);
  return { budget: eur(b), ownContribution: eur(o), total: eur(b + o) };
}

/**
 * Totals per partner, per city (in the order the cities are given, then any others) and per role;
 * the own-contribution rate is what the partners bring of the whole (own / (budget + own)).
 */
export function consortiumBudget(lines: readonly BudgetLine[], cityOrder: readonly string[] = []): ConsortiumBudget {
  const all = sum(lines);
  const cityIds = [...new Set([...cityOrder.filter((c) => lines.some((l) => l.cityId === c)), ...lines.map((l) => l.cityId)])];
  return {
    totals: { ...all, ownContributionRate: ratio(cents(all.ownContribution), cents(all.total)) },
    perPartner: lines.map((l) => ({ partnerId: l.partnerId, ...sum([l]) })),
    perCity: cityIds.map((cityId) => {
      const t = sum(lines.filter((l) => l.cityId === cityId));
      return { cityId, ...t, budgetShare: ratio(cents(t.budget), cents(all.budget)) };
    }),
    perRole: consortiumRoles.filter((role) => lines.some((l) => l.role === role)).map((role) => ({ role, ...sum(lines.filter((l) => l.role === role)) })),
  };
}
