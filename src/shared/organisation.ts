import { z } from 'zod';
import { language, requiredText, text, uuid } from './common.js';

/**
 * Every named permission. Roles are data that grant these with a scope (DECISIONS.md 3), so a
 * search for a permission's name finds every check.
 */
export const permissions = [
  'application.read',
  'application.create',
  'application.update',
  'application.archive',
  'organisation.read',
  'organisation.manage',
  'audit.read',
  'document.read',
  'document.create',
  'document.update',
  'document.transition',
  'kpi.manage',
  'kpi.measure',
  'project.read',
  'project.create',
  'project.update',
  'project.transition',
  'council.manage',
  'acquisition.read',
  'acquisition.create',
  'acquisition.route',
  'agreement.manage',
  'attestation.manage',
  'register.import',
  'itplan.read',
  'itplan.write',
  'itplan.manage',
] as const;
const permission = z.enum(permissions);
export type Permission = z.infer<typeof permission>;

/** all: the whole municipality; department: records of the person's department; own: records the person owns. */
const permissionScopes = ['all', 'department', 'own'] as const;
const permissionScope = z.enum(permissionScopes);
export type PermissionScope = z.infer<typeof permissionScope>;

const grant = z.object({
  permission: permission.describe('The permission granted, e.g. `application.update`.'),
  scope: permissionScope.describe("Where it applies: `all` the whole municipality, `department` records of the person's department, `own` records the person owns."),
});
export type Grant = z.infer<typeof grant>;

export const loginInput = z.object({
  email: requiredText(254).describe("The account's e-mail address."),
  password: z.string().min(1).max(1000).describe("The account's password."),
});

export const session = z.object({
  account: z
    .object({ id: uuid.describe("The account's id."), email: z.string().describe("The account's e-mail address, which it signs in with.") })
    .describe('The signed-in account.'),
  person: z
    .object({ id: uuid.describe("The person's id."), name: z.string().describe("The person's name.") })
    .describe('The person the account is in the current municipality.'),
  organisation: z
    .object({ id: uuid.describe("The municipality's id."), name: z.string().describe("The municipality's name.") })
    .describe('The municipality the session works in now.'),
  /** Every municipality the account is a member of (a shared IT unit may serve several). */
  organisations: z
    .array(z.object({ id: uuid.describe("The municipality's id."), name: z.string().describe("The municipality's name.") }))
    .describe('Every municipality the account is a member of (a shared IT unit may serve several).'),
  role: z
    .object({ key: z.string().describe("The role's stable key."), name: z.string().describe("The role's name in the reader's language.") })
    .describe("The account's role in the current municipality."),
  department: z
    .object({ id: uuid.describe("The department's id."), name: z.string().describe("The department's name.") })
    .nullable()
    .describe("The person's department; null if none."),
  grants: z.array(grant).describe('The permissions the role grants, each with its scope.'),
  language: language.describe('The UI language, `sv` or `en`: the stored choice, else from Accept-Language.'),
  /** Send back in the `X-CSRF-Token` header on every POST, PUT, PATCH and DELETE. */
  csrfToken: z.string().describe('Send back in the `X-CSRF-Token` header on every POST, PUT, PATCH and DELETE.'),
});
export type Session = z.infer<typeof session>;

export const languageInput = z.object({ language: language.describe('The UI language to store: `sv` or `en`.') });
export const switchOrganisationInput = z.object({ organisationId: uuid.describe('The municipality to switch to; the account must be a member of it.') });

export const department = z.object({
  id: uuid.describe("The department's id."),
  name: z.string().describe("The department's name, e.g. Socialförvaltningen."),
  /** A short code, e.g. SOC for Socialförvaltningen. */
  code: z.string().nullable().describe('A short code, e.g. SOC for Socialförvaltningen; null if none.'),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
});
export const departmentList = z.object({
  items: z.array(department).describe("The municipality's departments."),
  allowedManage: z.boolean().describe('Whether the signed-in person may add and change departments.'),
});
export type Department = z.infer<typeof department>;

export const departmentInput = z.object({
  name: requiredText(200).describe("The department's name, e.g. Socialförvaltningen."),
  code: text(20).nullable().default(null).describe('A short code, e.g. SOC; null if none.'),
});
export type DepartmentInput = z.input<typeof departmentInput>;

export const person = z.object({
  id: uuid.describe("The person's id."),
  name: z.string().describe("The person's name."),
  email: z.string().nullable().describe("The person's e-mail address; null if none."),
  departmentId: uuid.nullable().describe("The person's department; null if none."),
  title: z.string().nullable().describe("The person's job title, e.g. IT-strateg; null if none."),
  rowVersion: z.number().int().describe('The version of the record; send it back as the ETag in `If-Match` to change it.'),
  /** The person's login role in this municipality; only shown to those who manage the organisation. */
  login: z
    .object({ roleKey: z.string().describe("The login role's key."), roleName: z.string().describe("The login role's name.") })
    .nullable()
    .optional()
    .describe("The person's login role in this municipality (null: no login); only shown to those who manage the organisation."),
});
export const personList = z.object({
  items: z.array(person).describe("The municipality's people."),
  allowedManage: z.boolean().describe('Whether the signed-in person may add and change people.'),
});
export type Person = z.infer<typeof person>;

export const personInput = z.object({
  name: requiredText(200).describe("The person's name."),
  email: z.email().max(254).nullable().default(null).describe("The person's e-mail address; needed for a login. Null: none."),
  title: text(200).nullable().default(null).describe("The person's job title; null if none."),
  departmentId: uuid.nullable().default(null).describe("The person's department; null if none."),
  /**
   * The login role, or null for a person without a login (an owner of records only). A role that
   * works within a department (förvaltningschef) needs departmentId.
   */
  roleKey: text(50)
    .nullable()
    .default(null)
    .describe("The login role's key, or null for a person without a login (an owner of records only). A role that works within a department needs departmentId."),
  /** The first password of a new login (at least 12 characters); ignored for an existing account. */
  initialPassword: z.string().min(12).max(200).optional().describe('The first password of a new login (at least 12 characters); ignored for an existing account.'),
});
export type PersonInput = z.input<typeof personInput>;

const role = z.object({
  id: uuid.describe("The role's id."),
  key: z.string().describe("The role's stable key, as personInput.roleKey takes it."),
  name: z.string().describe("The role's name."),
  grants: z.array(grant).describe('The permissions the role grants, each with its scope.'),
  needsDepartment: z.boolean().describe('Whether a grant works within a department, so a person with the role needs one.'),
});
export const roleList = z.object({ items: z.array(role).describe('The roles of the municipality.') });

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1).max(1000).describe('The password in use now.'),
  newPassword: z.string().min(12).max(200).describe('The new password, at least 12 characters.'),
});

const capability = z.object({
  id: uuid.describe("The capability's id."),
  /** Stable code shared by all municipalities, e.g. `VO.DOK` (vård och omsorg, dokumentation). */
  code: z.string().describe('Stable code shared by all municipalities, e.g. `VO.DOK` (vård och omsorg, dokumentation).'),
  parentCode: z.string().nullable().describe('The code of the capability it belongs under, e.g. `VO`; null at the top.'),
  nameSv: z.string().describe('The name in Swedish.'),
  nameEn: z.string().describe('The name in English.'),
  /** Overlaps are counted on leaf capabilities only. */
  leaf: z.boolean().describe('Whether nothing sits under it; overlaps are counted on leaf capabilities only.'),
});
export const capabilityList = z.object({ items: z.array(capability).describe("The capability catalogue, presets and the municipality's own.") });
export type Capability = z.infer<typeof capability>;
