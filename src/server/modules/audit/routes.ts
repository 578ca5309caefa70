import { auditEndpoints as endpoints } from '../../../shared/endpoints/audit.js';
import type { Routes } from '../../platform/endpoints.js';
import { verifyAuditChain } from './verify.js';

/** The audit verification on the running server, against the live database (admin). */
export function auditRoutes(routes: Routes) {
  routes.on(endpoints.verification, async (request) => verifyAuditChain(request.scope.db, request.scope.organisationId, request.scope.clock.now()));
}
