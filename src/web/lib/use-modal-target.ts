import { useState } from 'react';

/**
 * What a modal form works on: a record, or null for a new one. The target is kept after
 * closing, so that the modal does not change its title and content while it fades out.
 */
export function useModalTarget<T>() {
  const [opened, setOpened] = useState(false);
  const [target, setTarget] = useState<T | null>(null);
  return {
    opened,
    target,
    open: (next: T | null) => {
      setTarget(next);
      setOpened(true);
    },
    close: () => setOpened(false),
  };
}
