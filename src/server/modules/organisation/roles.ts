import { type Grant, type Permission, type PermissionScope, permissions } from '../../../shared/organisation.js';

export interface RolePreset {
  key: string;
  nameSv: string;
  nameEn: string;
  grants: Grant[];
}

const g = (scope: PermissionScope, ...names: Permission[]): Grant[] => names.map((permission) => ({ permission, scope }));
const readAll = g('all', 'application.read', 'organisation.read', 'document.read', 'project.read', 'acquisition.read', 'itplan.read');
/** Reporting a need (anmälan) and walking it along the route, for the own department's needs. */
const acquireForDepartment = g('department', 'acquisition.create', 'acquisition.route');

/**
 * The preset roles every new municipality gets (DOMAIN.md, "The people"). Roles are data: an admin
 * may change a municipality's copy, and later modules add grants without a schema change.
 */
export const rolePresets: RolePreset[] = [
  {
    key: 'admin',
    nameSv: 'Administratör',
    nameEn: 'Administrator',
    // Everything, including what later modules add.
    grants: g('all', ...permissions),
  },
  {
    key: 'it_chef',
    nameSv: 'IT-chef / IT-strateg',
    nameEn: 'CIO / IT strategist',
    grants: [
      ...readAll,
      ...g('all', 'application.create', 'application.update', 'audit.read', 'document.create', 'document.update', 'document.transition', 'kpi.manage', 'kpi.measure'),
      ...g('all', 'project.create', 'project.update', 'project.transition', 'council.manage'),
      ...g('all', 'acquisition.create', 'acquisition.route', 'agreement.manage'),
      ...g('all', 'attestation.manage'),
      // Imports the register from a spreadsheet and undoes an import (issue 12, item 1).
      ...g('all', 'register.import'),
      // Opens the IT-plan rounds, merges the departments' needs and records the decision (issue 14).
      ...g('all', 'itplan.write', 'itplan.manage'),
    ],
  },
  {
    key: 'kommundirektor',
    nameSv: 'Kommundirektör',
    nameEn: 'Chief executive',
    // Owns the common project portfolio (Oskarshamn) and reports it to KS.
    grants: [...readAll, ...g('all', 'audit.read', 'project.create', 'project.update', 'project.transition', 'council.manage'), ...g('own', 'kpi.measure')],
  },
  {
    key: 'forvaltningschef',
    nameSv: 'Förvaltningschef',
    nameEn: 'Head of department',
    // Writes the department's plans: owns documents and the KPIs that follow them up.
    grants: [...readAll, ...g('department', 'application.create', 'application.update'), ...g('own', 'document.create', 'document.update', 'document.transition', 'kpi.manage', 'kpi.measure'), ...g('own', 'project.create', 'project.update'), ...acquireForDepartment, ...g('department', 'itplan.write')],
  },
  { key: 'systemagare', nameSv: 'Systemägare', nameEn: 'System owner', grants: [...readAll, ...g('own', 'application.update', 'kpi.measure'), ...g('department', 'acquisition.create')] },
  {
    key: 'forvaltningsledare',
    nameSv: 'Förvaltningsledare',
    nameEn: 'System manager',
    grants: [...readAll, ...g('own', 'application.update'), ...g('department', 'acquisition.create')],
  },
  { key: 'it_rad', nameSv: 'Ledamot i IT-rådet', nameEn: 'IT council member', grants: [...readAll, ...g('all', 'audit.read', 'council.manage')] },
  // Nothing of the municipality's own data, not even its people, departments, roles or rules: a
  // partner's shared systems reach the municipality as proposals, through the collaboration.
  { key: 'samverkanspartner', nameSv: 'Samverkanspartner', nameEn: 'Partner municipality', grants: [] },
  { key: 'lasare', nameSv: 'Läsare', nameEn: 'Reader', grants: readAll },
];
