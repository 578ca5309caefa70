/** Every table, for drizzle-kit and for the typed database handle. */
export * from './modules/organisation/schema.js';
export * from './modules/applications/schema.js';
export * from './modules/audit/schema.js';
export * from './modules/documents/schema.js';
export * from './modules/goals/schema.js';
export * from './modules/rules/schema.js';
export * from './modules/portfolio/schema.js';
export * from './modules/council/schema.js';
export * from './modules/acquisitions/schema.js';
export * from './modules/attestation/schema.js';
export * from './platform/jobs-schema.js';
export * from './modules/notifications/schema.js';
export * from './modules/imports/schema.js';
export * from './modules/consultations/schema.js';
export * from './modules/eservices/schema.js';
export * from './modules/itplans/schema.js';
