import { useQuery } from '@tanstack/react-query';
import { goalEndpoints as endpoints } from '../../../../shared/endpoints/goals';
import { callEndpoint, endpointUrl } from '../../../kit/api-client';
import { goalKeys } from './query-keys';

/** Every goal of a document with its KPIs' derived status: what a council member reads. */
export function useFollowUp(documentId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: goalKeys.followUp(documentId),
    queryFn: ({ signal }) => callEndpoint(endpoints.followUp, { params: { id: documentId }, signal }),
    enabled: options.enabled ?? true,
  });
}

/** The same follow-up as an Excel workbook: a plain link the browser downloads. */
export function followUpExcelUrl(documentId: string): string {
  return endpointUrl(endpoints.followUpXlsx, { params: { id: documentId } });
}
