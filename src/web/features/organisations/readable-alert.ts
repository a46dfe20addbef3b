/**
 * Alert styles with the title in black: Mantine colours an alert's title with the colour's own
 * shade, which is too faint on its tint for green and orange (WCAG AA).
 */
export const readableTitle = { title: { color: 'var(--mantine-color-black)' } };
