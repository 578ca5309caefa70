import { useQuery } from '@tanstack/react-query';
import { departmentsQueryOptions } from '../../../kit/organisation/use-departments';

/** The departments with their row versions (for renaming and archiving) and whether they may be changed. */
export function useDepartmentList() {
  return useQuery({ ...departmentsQueryOptions, staleTime: 15_000 });
}
