import { useEffect } from 'react';

/** Every page names itself in the document title, which screen readers announce. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · Pontis`;
  }, [title]);
}
