// Mantine draws some secondary text in shades below WCAG AA contrast; these props fix it.

/** Input descriptions in gray-7 instead of the default "dimmed" grey. */
export const readableHint = { descriptionProps: { c: 'gray.7' } } as const;

/**
 * Alert styles with the title in black: Mantine colours an alert's title with the colour's own
 * shade, which is too faint on its tint for green and orange.
 */
export const readableTitle = { title: { color: 'var(--mantine-color-black)' } };
