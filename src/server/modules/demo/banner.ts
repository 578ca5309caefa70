import { rolePresets } from '../organisation/roles.js';
import type { DemoLogin } from './seed.js';

/**
 * What `npm start --demo` prints once the server is up (the last lines, so nothing scrolls them
 * away): the password, then one login per role under the role's Swedish name, as the UI shows it.
 */
export function demoBanner(logins: DemoLogin[], password: string): string[] {
  const roleName = (key: string) => rolePresets.find((r) => r.key === key)?.nameSv ?? key;
  const width = Math.max(...logins.map((l) => roleName(l.role).length)) + 2;
  return [
    'Demo data loaded (Roders kommun). Logins, one per role, all with the password:',
    `  ${password}`,
    ...logins.map((l) => `  ${roleName(l.role).padEnd(width)}${l.email}  (${l.name})`),
  ];
}
