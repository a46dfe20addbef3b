/** Money as the reader reads it (dates: lib/date-format.ts). */
export const formatEuro = (amount: number | null, lng: string) =>
  amount === null ? '–' : new Intl.NumberFormat(lng, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(amount);
