// Mantine draws input descriptions in the "dimmed" grey, which is below WCAG AA contrast on white.
export const readableHint = { descriptionProps: { c: 'gray.7' } } as const;
