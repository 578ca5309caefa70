import type { Permission } from '../../../shared/organisation';

/** The admin area's pages, in the order the menu and the overview show them. */
export const adminLinks = [
  { to: '/admin/personer', key: 'people', permission: 'organisation.manage' },
  { to: '/admin/forvaltningar', key: 'departments', permission: 'organisation.manage' },
  { to: '/admin/arkiverade-system', key: 'archivedSystems', permission: 'application.archive' },
  { to: '/admin/arkiv', key: 'archive', permission: 'organisation.manage' },
  { to: '/admin/granskningslogg', key: 'audit', permission: 'organisation.manage' },
  { to: '/admin/utskick', key: 'heldDigests', permission: 'organisation.manage' },
  { to: '/admin/datakvalitet', key: 'qualityWeights', permission: 'organisation.manage' },
  { to: '/admin/overlamningar', key: 'handover', permission: 'organisation.manage' },
  { to: '/admin/samverkan', key: 'collaborations', permission: 'organisation.manage' },
] as const satisfies readonly { to: string; key: string; permission: Permission }[];
