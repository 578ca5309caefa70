import { auditVerification } from '../audit.js';
import { endpoint } from '../endpoint.js';

const tags = ['audit'];

/** The audit trail's integrity: the same check as `roder audit verify`, on the running server. */
export const auditEndpoints = {
  verification: endpoint({
    method: 'GET', path: '/api/v1/audit/verification', tags, access: 'organisation.manage',
    summary: "Verify the municipality's audit chain (admin)",
    description: 'Recomputes every event’s keyed hash against the live database and compares the chain with every signed checkpoint written outside it.',
    response: auditVerification,
  }),
};
