import { useQuery } from '@tanstack/react-query';
import type { SteeringDocument } from '../../../../shared/documents';
import { documentEndpoints as endpoints } from '../../../../shared/endpoints/documents';
import { callEndpoint } from '../../../kit/api-client';
import { documentKeys } from './query-keys';

function fetchDocument(id: string, signal?: AbortSignal): Promise<SteeringDocument> {
  return callEndpoint(endpoints.get, { params: { id }, signal });
}

/** One steering document with its principles and goals and what the person may do with it. */
export function useDocument(id: string) {
  return useQuery({ queryKey: documentKeys.detail(id), queryFn: ({ signal }) => fetchDocument(id, signal) });
}
