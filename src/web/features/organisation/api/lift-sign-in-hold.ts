import { useMutation } from '@tanstack/react-query';
import { organisationEndpoints as endpoints } from '../../../../shared/endpoints/organisation';
import { callEndpoint } from '../../../kit/api-client';

/** An admin lets a person whose sign-ins are held (failed attempts) in again at once; audited. */
export function useLiftSignInHold() {
  return useMutation({ mutationFn: (id: string) => callEndpoint(endpoints.liftSignInHold, { params: { id } }) });
}
