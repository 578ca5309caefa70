import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * After moving to another page, focus goes to the main landmark, so keyboard and screen reader
 * users start at the new content instead of wherever the old page left them. Changing only the
 * query (a filter, a sort, a tab) keeps focus where it is.
 */
export function useFocusOnNavigation(mainId: string): void {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(mainId)?.focus({ preventScroll: true });
  }, [pathname, mainId]);
}
