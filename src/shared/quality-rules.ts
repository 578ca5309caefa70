import { type QualityBand, type QualityField, qualityFields, type QualityWeights } from './quality.js';

/** The register's completeness score: pure rules, no I/O, shared by the server and the web. */

/** What a system's record holds, as far as the score asks. */
export type QualityPresence = Record<QualityField, boolean>;

/**
 * The score: the share of the total weight that the filled-in fields carry, rounded half up to a
 * whole number. With every weight zero nothing is asked for, so the record is complete (100).
 * The SQL twin (applications/quality.ts) computes the same integer; a test pins that they agree.
 */
export function qualityScore(presence: QualityPresence, weights: QualityWeights): number {
  let total = 0;
  let present = 0;
  for (const field of qualityFields) {
    total += weights[field];
    if (presence[field]) present += weights[field];
  }
  if (total === 0) return 100;
  return Math.floor((200 * present + total) / (2 * total));
}

/** The fields that are missing and count (weight above zero), heaviest first. */
export function missingQualityFields(presence: QualityPresence, weights: QualityWeights): QualityField[] {
  return qualityFields.filter((f) => !presence[f] && weights[f] > 0).sort((a, b) => weights[b] - weights[a]);
}

export const qualityBandRange: Record<QualityBand, { min: number; max: number }> = { low: { min: 0, max: 49 }, medium: { min: 50, max: 79 }, high: { min: 80, max: 100 } };
export const qualityBandOf = (score: number): QualityBand => (score >= 80 ? 'high' : score >= 50 ? 'medium' : 'low');

