import { useQuery } from '@tanstack/react-query';
import { councilEndpoints as endpoints } from '../../../../shared/endpoints/council';
import { callEndpoint } from '../../../kit/api-client';
import { councilKeys } from './query-keys';

/** The IT council's meetings, newest first. */
export function useMeetings() {
  return useQuery({ queryKey: councilKeys.meetings(), queryFn: ({ signal }) => callEndpoint(endpoints.meetings, { signal }) });
}
