import type { Grant, Permission, PermissionScope } from '../../../shared/organisation.js';

export interface RolePreset {
  key: string;
  nameSv: string;
  nameEn: string;
  grants: Grant[];
}

const g = (scope: PermissionScope, ...names: Permission[]): Grant[] => names.map((permission) => ({ permission, scope }));
const readAll = g('all', 'application.read', 'organisation.read');

/**
 * The preset roles every new municipality gets (DOMAIN.md, "The people"). Roles are data: an admin
 * may change a municipality's copy, and later modules add grants without a schema change.
 */
export const rolePresets: RolePreset[] = [
  {
    key: 'admin',
    nameSv: 'Administratör',
    nameEn: 'Administrator',
    grants: g(
      'all',
      'application.read',
      'application.create',
      'application.update',
      'application.archive',
      'organisation.read',
      'organisation.manage',
      'audit.read',
    ),
  },
  {
    key: 'it_chef',
    nameSv: 'IT-chef / IT-strateg',
    nameEn: 'CIO / IT strategist',
    grants: [...readAll, ...g('all', 'application.create', 'application.update', 'audit.read')],
  },
  { key: 'kommundirektor', nameSv: 'Kommundirektör', nameEn: 'Chief executive', grants: [...readAll, ...g('all', 'audit.read')] },
  {
    key: 'forvaltningschef',
    nameSv: 'Förvaltningschef',
    nameEn: 'Head of department',
    grants: [...readAll, ...g('department', 'application.create', 'application.update')],
  },
  { key: 'systemagare', nameSv: 'Systemägare', nameEn: 'System owner', grants: [...readAll, ...g('own', 'application.update')] },
  {
    key: 'forvaltningsledare',
    nameSv: 'Förvaltningsledare',
    nameEn: 'System manager',
    grants: [...readAll, ...g('own', 'application.update')],
  },
  { key: 'it_rad', nameSv: 'Ledamot i IT-rådet', nameEn: 'IT council member', grants: [...readAll, ...g('all', 'audit.read')] },
  { key: 'samverkanspartner', nameSv: 'Samverkanspartner', nameEn: 'Partner municipality', grants: g('all', 'organisation.read') },
  { key: 'lasare', nameSv: 'Läsare', nameEn: 'Reader', grants: readAll },
];
