import { z } from 'zod';
import { uuid } from './common.js';

/**
 * Data quality of the register: how complete each system's record is, as a score 0–100 from
 * weighted fields. The weights are the municipality's configuration (what it cares about most),
 * with defaults that sum to 100 so a score reads as a percentage.
 */
export const qualityFields = ['owner', 'manager', 'supplier', 'yearlyCost', 'capability', 'classification', 'contract', 'description', 'department'] as const;
export type QualityField = (typeof qualityFields)[number];
const qualityField = z.enum(qualityFields);

export type QualityWeights = Record<QualityField, number>;

/**
 * The weights a municipality starts with: who answers for the system (owner, manager) and whether
 * its information is classified weigh most, then what it costs, who delivers it, what it is for
 * and on which contract; a description and the departments that use it weigh least.
 */
export const defaultQualityWeights: QualityWeights = {
  owner: 15,
  manager: 15,
  classification: 15,
  yearlyCost: 10,
  supplier: 10,
  capability: 10,
  contract: 10,
  department: 10,
  description: 5,
};

/** The register's bands: below 50 is poor, 50–79 partial, 80 and above good. */
export const qualityBands = ['low', 'medium', 'high'] as const;
export type QualityBand = (typeof qualityBands)[number];

const weight = z.number().int().min(0).max(100);

/** The weights an admin sends: every field, each a whole number 0–100. */
export const qualityWeightsInput = z
  .object(Object.fromEntries(qualityFields.map((f) => [f, weight.describe(`The weight of the field \`${f}\`, 0–100 (0: not asked for).`)])) as Record<QualityField, typeof weight>)
  .strict();

export const qualityWeightsResponse = z.object({
  weights: qualityWeightsInput.describe("The municipality's weights (its defaults until an admin changes them)."),
  defaults: qualityWeightsInput.describe("Roder's default weights."),
  rowVersion: z.number().int().describe('The version of the configuration (0: the defaults, never saved); send it in `If-Match` to change it.'),
  allowedManage: z.boolean().describe('Whether the signed-in person may change the weights.'),
});

/** A system's score as its page shows it. */
export const applicationQuality = z.object({
  score: z.number().int().min(0).max(100).describe('Completeness 0–100 from the weighted fields.'),
  band: z.enum(qualityBands).describe('`low` (below 50), `medium` (50–79) or `high` (80 and above).'),
  missing: z.array(qualityField).describe('The fields that are missing and count, heaviest first.'),
});

/** How the systems of each department fall in the bands (a system used by two departments counts in both). */
export const qualityDistribution = z.object({
  departments: z
    .array(
      z.object({
        departmentId: uuid.nullable().describe('The department; null: systems used by no department.'),
        name: z.string().nullable().describe("The department's name; null: systems used by no department."),
        low: z.number().int().describe('Systems scoring below 50.'),
        medium: z.number().int().describe('Systems scoring 50–79.'),
        high: z.number().int().describe('Systems scoring 80 or above.'),
        average: z.number().int().describe('The average score, rounded.'),
      }),
    )
    .describe('One row per department with live systems, in Swedish name order; systems of no department last.'),
});
