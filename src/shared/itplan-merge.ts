import { z } from 'zod';
import { named, requiredText, text, uuid } from './common.js';

/**
 * "Needs met once" (issue 14, item 3): pairs of needs from different departments that are likely
 * the same need, with why; the strategist merges them into one initiative of the municipal plan,
 * or dismisses the pair with a reason, and can split a merged initiative again.
 */

const versionedNeed = z.object({
  id: uuid.describe("The need's id."),
  rowVersion: z.number().int().min(0).describe("The need's row version as read; a newer one answers 412."),
});

export const dismissInput = z.object({
  needs: z.array(versionedNeed).length(2).describe('The two needs judged not to be the same need.'),
  reason: requiredText(2000).describe('Why they are not the same need.'),
});
export type DismissInput = z.infer<typeof dismissInput>;

export const mergeInput = z.object({
  needs: z.array(versionedNeed).min(2).max(50).describe('The needs whose initiatives become one (at least two, each submitted).'),
  title: text(200).default('').describe("The merged initiative's title; empty: the first need's initiative's title."),
  description: text(10_000).default('').describe("The merged initiative's description; empty: the initiatives' descriptions joined."),
});
export type MergeInput = z.infer<typeof mergeInput>;

const candidateNeed = z.object({
  id: uuid.describe("The need's id."),
  department: named.describe('The department that has the need.'),
  title: z.string().describe('The title.'),
  description: z.string().describe('What is needed and why.'),
  initiativeId: uuid.nullable().describe('The initiative that meets it; null until its plan is submitted.'),
  rowVersion: z.number().int().describe('Send back in a merge or dismissal.'),
});

const matchedWord = z.object({
  first: z.string().describe("The word as the first need writes it."),
  second: z.string().describe('The word as the second need writes it.'),
  stem: z.string().describe('The stem they share (Swedish stemming).'),
});

const candidate = z.object({
  score: z.number().describe('How likely the two are the same need, 0–1; the list is sorted by it, best first.'),
  needs: z.array(candidateNeed).describe('The two needs, from different departments.'),
  words: z.array(matchedWord).describe('The words of title and description the two share, by stem.'),
  capabilities: z.array(named).describe('The capabilities both concern.'),
  systems: z.array(named).describe('The systems both concern.'),
  mergeable: z.boolean().describe('Whether both are submitted (have an initiative), so they can be merged now.'),
});
export type Candidate = z.infer<typeof candidate>;

const mergedInitiative = z.object({
  id: uuid.describe("The initiative's id."),
  title: z.string().describe("The initiative's title."),
  needs: z.array(candidateNeed).describe('The needs it meets, from the departments that wrote them.'),
  rowVersion: z.number().int().describe('Send back as the ETag in `If-Match` to split it.'),
});
export type MergedInitiative = z.infer<typeof mergedInitiative>;

export const candidateList = z.object({
  items: z.array(candidate).describe('The likely duplicates, best first; dismissed pairs and needs already merged are left out.'),
  merged: z.array(mergedInitiative).describe("The round's initiatives that meet more than one need (merged), by title; each can be split again."),
  threshold: z.number().describe('The lowest score proposed.'),
  allowedManage: z.boolean().describe('Whether the signed-in person may merge and dismiss.'),
});
export type CandidateList = z.infer<typeof candidateList>;

const initiativeOut = z.object({
  id: uuid.describe("The initiative's id."),
  title: z.string().describe('The title.'),
  needIds: z.array(uuid).describe('The needs it meets.'),
  rowVersion: z.number().int().describe('Send back as the ETag in `If-Match` to split it.'),
});

export const mergeResult = z.object({
  initiative: initiativeOut.describe('The merged initiative.'),
});

export const splitResult = z.object({
  initiatives: z.array(initiativeOut).describe('One initiative per need again.'),
});

export const dismissResult = z.object({
  id: uuid.describe("The dismissal's id."),
});
