import { councilEndpoints as endpoints } from '../../../../shared/endpoints/council';
import { endpointUrl } from '../../../kit/api-client';

/** The addresses that download a meeting's minutes (protokoll): plain links the browser follows. */
export function minutesUrls(meetingId: string): { docx: string; pdf: string } {
  const input = { params: { id: meetingId } };
  return { docx: endpointUrl(endpoints.minutesDocx, input), pdf: endpointUrl(endpoints.minutesPdf, input) };
}
