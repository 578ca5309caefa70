import enAdmin from '../../src/web/locales/admin.en.json';
import enShell from '../../src/web/locales/en.json';
import svAdmin from '../../src/web/locales/admin.sv.json';
import svShell from '../../src/web/locales/sv.json';

/** The shell's words and the admin area's (admin.*.json, loaded with the admin pages), as an admin page shows them. */
export const sv = { ...svShell, ...svAdmin };
export const en = { ...enShell, ...enAdmin };
