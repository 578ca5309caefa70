import { useQuery } from '@tanstack/react-query';
import { peopleQueryOptions } from '../../../kit/organisation/use-people';

/** Every person with their login role (shown to admins only) and whether the list may be changed. */
export function usePeopleList() {
  return useQuery({ ...peopleQueryOptions, staleTime: 15_000 });
}
