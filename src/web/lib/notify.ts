import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

// Mantine's close button has no text of its own: name it, or screen readers announce "button".
function notify(t: TFunction, color: string, message: string, title?: string) {
  notifications.show({ color, title, message, closeButtonProps: { 'aria-label': t('common.actions.close') } });
}

/** A write succeeded. One line reads best: Mantine draws a titled notification's text in grey. */
export const notifySuccess = (t: TFunction, message: string, title?: string) => notify(t, 'green', message, title);

/** A write failed (the message from errorMessage, or a more specific one). */
export const notifyError = (t: TFunction, message: string, title?: string) => notify(t, 'red', message, title);
