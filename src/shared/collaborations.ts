import { z } from 'zod';
import { pageQuery, requiredText, text, uuid } from './common.js';

/**
 * Collaborations between municipalities (samverkan): the one path by which one municipality reads
 * another's records (DECISIONS.md 2), and only the systems each member has chosen to share, as a
 * limited projection (name, municipality, supplier, capabilities). Nothing is ever writable.
 */
const memberStatus = z.enum(['invited', 'active', 'declined', 'left']);

export const collaborationInput = z.object({
  name: requiredText(200).describe("The collaboration's name, e.g. `Skaraborgs IT-samverkan`."),
});

export const invitationInput = z.object({
  municipality: requiredText(200).describe("The municipality to invite: its name as in Roder (case does not matter) or its id."),
});

export const collaboration = z.object({
  id: uuid.describe("The collaboration's id."),
  name: z.string().describe("The collaboration's name."),
  status: memberStatus.describe("This municipality's place in it: `active` (shares and sees) or `invited` (its admin has not answered)."),
  membershipVersion: z.number().int().describe("The version of this municipality's membership: send it in `If-Match` to accept, decline or leave."),
  invitedBy: z.string().nullable().describe('The municipality that sent the invitation; null for a founding member.'),
  members: z
    .array(
      z.object({
        organisationId: uuid.describe("The municipality's id."),
        name: z.string().describe("The municipality's name."),
        status: memberStatus.describe('`active` or `invited` (members who declined or left are not listed).'),
      }),
    )
    .describe('The municipalities in the collaboration and those invited, in name order.'),
});
export type Collaboration = z.infer<typeof collaboration>;

export const collaborationList = z.object({
  items: z.array(collaboration).describe("The collaborations the municipality is in, and those it is invited to."),
  allowedManage: z.boolean().describe('Whether the signed-in person may create, invite, accept, decline and leave (an admin).'),
});

export const catalogueQuery = z.object({
  q: text(200).optional().describe("Free text over the system's name and its supplier's name."),
  capability: uuid.optional().describe('Only systems serving this business capability.'),
  supplier: text(200).optional().describe("Only systems whose supplier's name contains this."),
  municipality: uuid.optional().describe('Only systems of this partner municipality.'),
  ...pageQuery,
});

export const catalogue = z.object({
  items: z
    .array(
      z.object({
        id: uuid.describe("The system's id (for the acquisition route's step 2)."),
        name: z.string().describe("The system's name."),
        municipality: z.object({ id: uuid.describe("The municipality's id."), name: z.string().describe("The municipality's name.") }).describe('Whose system it is.'),
        supplier: z.string().nullable().describe("The supplier's name; null: none."),
        capabilities: z
          .array(z.object({ id: uuid.describe("The capability's id."), code: z.string().describe('Its stable code.'), name: z.string().describe('Its name in the language asked for.') }))
          .describe('The business capabilities the system serves.'),
      }),
    )
    .describe('The page of shared systems, in Swedish name order.'),
  total: z.number().int().describe('How many shared systems match, over all pages.'),
  page: z.number().int().describe('The page returned, counting from 1.'),
  pageSize: z.number().int().describe('How many items a page holds.'),
  municipalities: z
    .array(z.object({ id: uuid.describe("The municipality's id."), name: z.string().describe("The municipality's name.") }))
    .describe('The partner municipalities whose shared systems this municipality sees (for the filter).'),
});
