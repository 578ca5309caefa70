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
] as const;
export const permission = z.enum(permissions);
export type Permission = z.infer<typeof permission>;

/** all: the whole municipality; department: records of the person's department; own: records the person owns. */
export const permissionScopes = ['all', 'department', 'own'] as const;
export const permissionScope = z.enum(permissionScopes);
export type PermissionScope = z.infer<typeof permissionScope>;

export const grant = z.object({ permission, scope: permissionScope });
export type Grant = z.infer<typeof grant>;

export const loginInput = z.object({
  email: requiredText(254),
  password: z.string().min(1).max(1000),
});

export const session = z.object({
  account: z.object({ id: uuid, email: z.string() }),
  person: z.object({ id: uuid, name: z.string() }),
  organisation: z.object({ id: uuid, name: z.string() }),
  /** Every municipality the account is a member of (a shared IT unit may serve several). */
  organisations: z.array(z.object({ id: uuid, name: z.string() })),
  role: z.object({ key: z.string(), name: z.string() }),
  department: z.object({ id: uuid, name: z.string() }).nullable(),
  grants: z.array(grant),
  language,
  /** Send back in the `X-CSRF-Token` header on every POST, PUT, PATCH and DELETE. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof session>;

export const languageInput = z.object({ language });
export const switchOrganisationInput = z.object({ organisationId: uuid });

export const department = z.object({
  id: uuid,
  name: z.string(),
  /** A short code, e.g. SOC for Socialförvaltningen. */
  code: z.string().nullable(),
  rowVersion: z.number().int(),
});
export const departmentList = z.object({ items: z.array(department), allowedManage: z.boolean() });
export type Department = z.infer<typeof department>;

export const departmentInput = z.object({ name: requiredText(200), code: text(20).nullable().default(null) });
export type DepartmentInput = z.input<typeof departmentInput>;

export const person = z.object({
  id: uuid,
  name: z.string(),
  email: z.string().nullable(),
  departmentId: uuid.nullable(),
  title: z.string().nullable(),
  rowVersion: z.number().int(),
  /** The person's login role in this municipality; only shown to those who manage the organisation. */
  login: z.object({ roleKey: z.string(), roleName: z.string() }).nullable().optional(),
});
export const personList = z.object({ items: z.array(person), allowedManage: z.boolean() });
export type Person = z.infer<typeof person>;

export const personInput = z.object({
  name: requiredText(200),
  email: z.email().max(254).nullable().default(null),
  title: text(200).nullable().default(null),
  departmentId: uuid.nullable().default(null),
  /**
   * The login role, or null for a person without a login (an owner of records only). A role that
   * works within a department (förvaltningschef) needs departmentId.
   */
  roleKey: text(50).nullable().default(null),
  /** The first password of a new login (at least 12 characters); ignored for an existing account. */
  initialPassword: z.string().min(12).max(200).optional(),
});
export type PersonInput = z.input<typeof personInput>;

export const role = z.object({ id: uuid, key: z.string(), name: z.string(), grants: z.array(grant), needsDepartment: z.boolean() });
export const roleList = z.object({ items: z.array(role) });

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(12).max(200),
});

export const capability = z.object({
  id: uuid,
  /** Stable code shared by all municipalities, e.g. `VO.DOK` (vård och omsorg, dokumentation). */
  code: z.string(),
  parentCode: z.string().nullable(),
  nameSv: z.string(),
  nameEn: z.string(),
  /** Overlaps are counted on leaf capabilities only. */
  leaf: z.boolean(),
});
export const capabilityList = z.object({ items: z.array(capability) });
export type Capability = z.infer<typeof capability>;

export const municipality = z.object({ id: uuid, name: z.string() });

