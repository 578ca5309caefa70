import { randomUUID } from 'node:crypto';
import type { ApplicationInputDraft } from '../../shared/applications.js';
import { systemClock } from '../platform/clock.js';
import { hashPassword } from '../platform/passwords.js';
import { addMember, createDepartment, createMunicipality } from '../modules/organisation/commands.js';
import { ApiClient } from './client.js';
import { TEST_SCRYPT_COST, type TestServer } from './server.js';

export const PASSWORD = 'correct horse battery staple';

export type RoleKey = 'admin' | 'it_chef' | 'forvaltningschef' | 'systemagare' | 'forvaltningsledare' | 'lasare' | 'kommundirektor' | 'it_rad' | 'samverkanspartner';
/** Every preset role, so sweeps over roles cover them all. */
export const ROLE_KEYS: RoleKey[] = ['admin', 'it_chef', 'forvaltningschef', 'systemagare', 'forvaltningsledare', 'lasare', 'kommundirektor', 'it_rad', 'samverkanspartner'];

export interface Municipality {
  id: string;
  name: string;
  departments: { a: string; b: string };
  people: Record<RoleKey, { personId: string; email: string }>;
  /** A signed-in client for a role (made on first use). */
  as(role: RoleKey): Promise<ApiClient>;
}

/**
 * A fresh municipality per test (DECISIONS.md 19): two departments and one signed-in person per
 * role; the förvaltningschef leads department a.
 */
export async function createTestMunicipality(server: TestServer, label = 'Testkommun'): Promise<Municipality> {
  const db = server.database.db;
  const suffix = randomUUID().slice(0, 8);
  const name = `${label} ${suffix}`;
  const { organisation, person } = await createMunicipality(db, systemClock, {
    name,
    adminName: 'Ada Admin',
    adminEmail: `admin-${suffix}@test.example`,
    password: PASSWORD,
    scryptCost: TEST_SCRYPT_COST,
  });
  const actor = { personId: person.id, accountId: null };
  const a = await createDepartment({ db, clock: systemClock, actor }, organisation.id, { name: 'Socialförvaltningen', code: 'SOC' });
  const b = await createDepartment({ db, clock: systemClock, actor }, organisation.id, { name: 'Barn- och utbildningsförvaltningen', code: 'BUF' });
  const hash = await hashPassword(PASSWORD, TEST_SCRYPT_COST);
  const people = { admin: { personId: person.id, email: `admin-${suffix}@test.example` } } as Municipality['people'];
  const roles: [RoleKey, string, string | null][] = [
    ['it_chef', 'Ivar IT-chef', null],
    ['forvaltningschef', 'Frida Förvaltningschef', a.id],
    ['systemagare', 'Sara Systemägare', b.id],
    ['forvaltningsledare', 'Filip Förvaltningsledare', b.id],
    ['lasare', 'Lars Läsare', null],
    ['kommundirektor', 'Klara Kommundirektör', null],
    ['it_rad', 'Rut Rådsledamot', null],
    ['samverkanspartner', 'Per Partner', null],
  ];
  for (const [role, personName, departmentId] of roles) {
    const email = `${role}-${suffix}@test.example`;
    const created = await db.transaction((tx) =>
      addMember(tx, systemClock, { organisationId: organisation.id, name: personName, email, passwordHash: hash, roleKey: role, departmentId, title: null, actor }),
    );
    people[role] = { personId: created.person.id, email };
  }
  const clients = new Map<RoleKey, ApiClient>();
  return {
    id: organisation.id,
    name,
    departments: { a: a.id, b: b.id },
    people,
    async as(role) {
      let client = clients.get(role);
      if (!client) {
        client = new ApiClient(server.url);
        await client.login(people[role].email, PASSWORD);
        clients.set(role, client);
      }
      return client;
    },
  };
}

/** A valid system; override what the test is about. */
export function systemInput(overrides: Partial<ApplicationInputDraft> = {}): ApplicationInputDraft {
  return {
    name: `System ${randomUUID().slice(0, 6)}`,
    vendor: 'Leverantör AB',
    versions: ['1.0'],
    kind: 'system',
    description: 'Ett testsystem.',
    lifecycle: 'in_use',
    assessment: 'tolerate',
    yearlyCost: 100_000,
    ownerId: null,
    managerId: null,
    departmentIds: [],
    capabilityIds: [],
    personalData: false,
    classification: { k: null, r: null, t: null },
    contract: { endDate: null, noticeMonths: null },
    integrations: [],
    disruptionTests: [],
    sharedWithCollaboration: false,
    ...overrides,
  };
}
