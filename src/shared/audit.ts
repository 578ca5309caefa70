import { z } from 'zod';

/** What `audit verify` can find wrong with a municipality's chain (README, "The audit trail"). */
const auditProblemCodes = [
  'missing',
  'not_linked',
  'changed',
  'unknown_key',
  'unkeyed_after_keyed',
  'head_mismatch',
  'head_missing',
  'beyond_head',
  'checkpoint_mismatch',
  'checkpoint_ahead',
  'checkpoint_bad_signature',
  'checkpoint_unknown_signer',
  'checkpoint_malformed',
] as const;
export type AuditProblemCode = (typeof auditProblemCodes)[number];

const auditProblem = z.object({
  code: z.enum(auditProblemCodes).describe('What is wrong.'),
  seq: z.number().int().nullable().describe('The event (its number in the chain) it concerns, if one.'),
  keyId: z.string().nullable().describe('The HMAC key an event names that this server does not have (unknown_key).'),
  checkpointAt: z.string().nullable().describe('When the checkpoint it concerns was written (ISO 8601), if one.'),
});
export type AuditProblem = z.infer<typeof auditProblem>;

const brokenEvent = z.object({
  seq: z.number().int().describe('The event’s number in the chain.'),
  code: z.enum(auditProblemCodes).describe('What is wrong there.'),
  occurredAt: z.string().nullable().describe('When the event says it was written (ISO 8601); null: the event is missing.'),
  entityType: z.string().nullable().describe('The kind of record the event is about (application, person…).'),
  entityId: z.string().nullable().describe('The record’s id.'),
  action: z.string().nullable().describe('What the event says was done (create, update…).'),
});

export const auditVerification = z.object({
  organisationId: z.string().describe('The municipality whose chain was verified.'),
  organisationName: z.string().describe('Its name.'),
  ok: z.boolean().describe('The chain is whole: every event matches its keyed hash, follows the previous one and every signed checkpoint.'),
  checkedAt: z.string().describe('When this verification ran (ISO 8601).'),
  events: z.number().int().describe('Events checked.'),
  legacyEvents: z.number().int().describe('Events written before the chain was keyed (plain SHA-256): only checkpoints protect them.'),
  keyConfigured: z.boolean().describe('The server hashes new events with a key kept outside the database.'),
  checkpointsConfigured: z.boolean().describe('The server writes and checks signed checkpoints.'),
  checkpointsChecked: z.number().int().describe('Signed checkpoints the chain was compared with.'),
  lastCheckpoint: z
    .object({
      seq: z.number().int().describe('The event the checkpoint saw as the newest.'),
      at: z.string().describe('When it was written (ISO 8601).'),
      hash: z.string().describe('That event’s hash.'),
    })
    .nullable().describe('The newest valid checkpoint.'),
  firstBroken: brokenEvent.nullable().describe('The earliest event where the chain breaks; null when it is whole.'),
  problems: z.array(auditProblem).describe('What is wrong, the first 100.'),
  problemCount: z.number().int().describe('How many problems were found in all.'),
});
export type AuditVerification = z.infer<typeof auditVerification>;
