import { z } from 'zod';
import { responsibilityRow } from './assignments.js';
import { uuid } from './common.js';
import { documentStatus, item } from './documents.js';

/**
 * Every decided version of a steering document, readable on its own without signing in, with its
 * decision (issue 13, item 8). Only decided versions exist here: a draft is never one.
 */

const decision = {
  version: z.number().int().describe("The version's number."),
  title: z.string().describe("The document's title in that version."),
  diarienummer: z.string().nullable().describe("The decision's case number; null if none."),
  decidingBody: z.string().nullable().describe('The body that adopted it; null if not recorded.'),
  decidedOn: z.string().nullable().describe('The day the version was adopted, YYYY-MM-DD.'),
  inForce: z.boolean().describe('Whether this is the version in force now.'),
};

export const publicVersionList = z.object({
  items: z.array(z.object(decision)).describe('Every decided version of the document, newest first.'),
});

export const publicVersion = z.object({
  documentId: uuid.describe("The document's id."),
  municipality: z.string().describe("The municipality's name."),
  ...decision,
  typeName: z.string().describe("The document type's name in the reader's language."),
  validFrom: z.string().nullable().describe('The first day it applied, YYYY-MM-DD; null if not set.'),
  validTo: z.string().nullable().describe('The last day it applied, YYYY-MM-DD; null: until further notice.'),
  body: z.string().describe('The text of the version, Markdown.'),
  items: z.array(item).describe('The principles and goals of the version, nested.'),
  responsibilities: z.array(responsibilityRow).describe('Who was responsible for what, as decided; empty if the version had no table.'),
  status: documentStatus.describe("The document's status now: `adopted`, or `repealed` / `replaced` once no longer in force."),
  previousVersion: z.number().int().nullable().describe('The decided version before this one; null for the first.'),
  nextVersion: z.number().int().nullable().describe('The decided version after this one; null for the newest.'),
});
