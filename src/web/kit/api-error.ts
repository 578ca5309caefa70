import type { Problem } from '../../shared/common';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem as the UI sees it. `status` 0 means the request never reached the
 * server (network down), so the UI can say so instead of showing a server message.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];

  constructor(status: number, code: string, title: string, detail?: string, errors: FieldError[] = []) {
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }

  static fromProblem(problem: Partial<Problem>, status: number): ApiError {
    return new ApiError(
      problem.status ?? status,
      problem.code ?? `http_${status}`,
      problem.title ?? String(status),
      problem.detail,
      problem.errors ?? [],
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
