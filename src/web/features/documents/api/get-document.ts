import { useQuery } from '@tanstack/react-query';
import type { SteeringDocument } from '../../../../shared/documents';
import { apiRequest } from '../../../app/api-client';
import { documentKeys } from './query-keys';

export function fetchDocument(id: string, signal?: AbortSignal): Promise<SteeringDocument> {
  return apiRequest<SteeringDocument>(`/documents/${encodeURIComponent(id)}`, { signal });
}

/** One steering document with its principles and goals and what the person may do with it. */
export function useDocument(id: string) {
  return useQuery({ queryKey: documentKeys.detail(id), queryFn: ({ signal }) => fetchDocument(id, signal) });
}
