import { useEffect, useRef, useState } from 'react';

/**
 * A row's action removed the row (archive, restore): the button that had focus is gone with it,
 * and focus would fall to the page's body. Once the list no longer holds the id, focus moves to
 * the element behind `ref` (the page's heading, with tabIndex -1) instead.
 */
export function useFocusAfterRemoval<T extends HTMLElement>(ids: readonly string[]) {
  const ref = useRef<T>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  useEffect(() => {
    if (removed && !ids.includes(removed)) {
      ref.current?.focus();
      setRemoved(null);
    }
  }, [removed, ids]);
  return { ref, onRemoved: setRemoved };
}
