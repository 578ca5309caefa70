import type { Endpoint, ResponseOf } from '../../shared/endpoint';
import { ApiError } from './api-error';
import { type CallInput, endpointUrl } from './endpoint-url';

export { endpointUrl } from './endpoint-url';
import { i18n } from './i18n';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The session's CSRF token; set whenever a session is read or created, cleared on logout.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The row version the client read; sent as a strong ETag in `If-Match`. */
  ifMatch?: number;
  signal?: AbortSignal;
}

/**
 * Calls the Roder API at an endpoint's URL (see callEndpoint, the only caller). Resolves with the
 * parsed JSON body (undefined for 204) and rejects with an ApiError built from the problem
 * document, so every caller handles errors one way.
 */
async function apiRequest<T>(url: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language || 'sv',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'Network error');
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  throw await toApiError(response);
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return ApiError.fromProblem(await response.json(), response.status);
    } catch {
      // A body that is not JSON after all: fall through to the bare status.
    }
  }
  return new ApiError(response.status, `http_${response.status}`, response.statusText);
}

/**
 * Calls an endpoint defined in src/shared: its method, path and types come from the one
 * definition the server registers, so no feature writes a path or a response type again.
 */
export function callEndpoint<E extends Endpoint>(endpoint: E, ...[input]: {} extends CallInput<E> ? [CallInput<E>?] : [CallInput<E>]): Promise<ResponseOf<E>> {
  const given = (input ?? {}) as { params?: unknown; query?: unknown; body?: unknown; ifMatch?: number; signal?: AbortSignal };
  return apiRequest<ResponseOf<E>>(endpointUrl(endpoint, given), {
    method: endpoint.method,
    body: given.body,
    ifMatch: given.ifMatch,
    signal: given.signal,
  });
}
