import { randomBytes } from 'node:crypto';
import type { ApplicationInput } from '../../../shared/applications.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import { addDays } from '../../../shared/dates.js';
import type { Db } from '../../platform/db.js';
import { hashPassword } from '../../platform/passwords.js';
import { createApplication, updateApplication } from '../applications/commands.js';
import { applicationRowVersion } from '../applications/queries.js';
import { addMember, createCollaboration, createDepartment, createMunicipality, ensureCapabilityCatalogue } from '../organisation/commands.js';
import { rolePresets } from '../organisation/roles.js';
import { capabilities, organisations } from '../organisation/schema.js';
import { demoCollaborationName, demoDepartments, demoMunicipalityName, demoPartners, demoPeople, demoSystems } from './content.js';
import type { DemoSystem } from './content-types.js';
import { seedDemoConsultation } from './seed-consultations.js';
import { seedDemoDocuments } from './seed-documents.js';
import { seedDemoAcquisitions } from './seed-acquisitions.js';
import { seedDemoProjects } from './seed-projects.js';
import { seedDemoEservices } from './seed-eservices.js';
import { seedDemoItplans } from './seed-itplans.js';

export const DEMO_DOMAIN = 'roder.example';

export interface DemoLogin {
  email: string;
  role: string;
  name: string;
}

/** The demo password: the given one, or a new random one (printed once by the caller). */
export const demoPassword = (given: string | null) => given ?? randomBytes(9).toString('base64url');


function actingAs(organisationId: string, personId: string, accountId: string): AuthContext {
  const admin = rolePresets.find((r) => r.key === 'admin')!;
  return {
    caller: { kind: 'system', name: 'demo seed' }, accountId, personId, personName: 'Admin', organisationId, organisationName: '',
    roleKey: 'admin', roleNameSv: admin.nameSv, roleNameEn: admin.nameEn, departmentId: null, departmentName: null,
    grants: admin.grants, language: 'sv',
  };
}

/**
 * Seeds the demo municipality into an empty database: departments, people in every role, two
 * partner municipalities in a collaboration, and the register's systems, all through the modules'
 * commands (so the audit trail starts complete). Dates are relative to today, so "expiring" stays true.
 */
export async function seedDemo(db: Db, clock: Clock, options: { password: string; scryptCost: number }): Promise<DemoLogin[] | null> {
  const existing = await db.select({ id: organisations.id }).from(organisations).limit(1);
  if (existing.length > 0) return null;
  await ensureCapabilityCatalogue(db);
  const today = clock.today();
  const passwordHash = await hashPassword(options.password, options.scryptCost);
  const adminPerson = demoPeople.find((p) => p.roleKey === 'admin')!;
  const { organisation, person, account } = await createMunicipality(db, clock, {
    name: demoMunicipalityName,
    adminName: adminPerson.name,
    adminEmail: `${adminPerson.emailLocal}@${DEMO_DOMAIN}`,
    password: options.password,
    scryptCost: options.scryptCost,
  });
  const auth = actingAs(organisation.id, person.id, account!.id);
  const actor = { personId: person.id, accountId: account!.id };

  const departmentIds = new Map<string, string>();
  for (const d of demoDepartments) {
    const row = await createDepartment({ db, clock, actor }, organisation.id, { name: d.name, code: d.code });
    departmentIds.set(d.code, row.id);
  }
  const personIds = new Map<string, string>([[adminPerson.key, person.id]]);
  const actors = new Map<string, { personId: string; accountId: string; departmentId: string | null }>([[adminPerson.key, { personId: person.id, accountId: account!.id, departmentId: null }]]);
  const logins: DemoLogin[] = [{ email: `${adminPerson.emailLocal}@${DEMO_DOMAIN}`, role: 'admin', name: adminPerson.name }];
  for (const p of demoPeople) {
    if (p === adminPerson) continue;
    const email = `${p.emailLocal}@${DEMO_DOMAIN}`;
    const created = await db.transaction((tx) =>
      addMember(tx, clock, {
        organisationId: organisation.id,
        name: p.name,
        email,
        passwordHash: p.roleKey ? passwordHash : null,
        roleKey: p.roleKey,
        departmentId: p.departmentCode ? departmentIds.get(p.departmentCode)! : null,
        title: p.title,
        actor,
      }),
    );
    personIds.set(p.key, created.person.id);
    if (created.account) actors.set(p.key, { personId: created.person.id, accountId: created.account.id, departmentId: p.departmentCode ? departmentIds.get(p.departmentCode)! : null });
    if (p.roleKey && !logins.some((l) => l.role === p.roleKey)) logins.push({ email, role: p.roleKey, name: p.name });
  }

  const capabilityIds = new Map((await db.select({ id: capabilities.id, code: capabilities.code }).from(capabilities)).map((c) => [c.code, c.id]));
  const systemIds = new Map<string, string>();
  const toInput = (s: DemoSystem, withIntegrations: boolean): ApplicationInput => ({
    name: s.name,
    vendor: s.vendor,
    versions: s.versions,
    kind: s.kind,
    description: s.description,
    lifecycle: s.lifecycle === 'phased_out' ? 'phasing_out' : s.lifecycle,
    assessment: s.assessment,
    yearlyCost: s.yearlyCost,
    ownerId: s.ownerKey ? personIds.get(s.ownerKey)! : null,
    managerId: s.managerKey ? personIds.get(s.managerKey)! : null,
    departmentIds: s.departmentCodes.map((c) => departmentIds.get(c)!),
    capabilityIds: s.capabilityCodes.map((c) => capabilityIds.get(c)!),
    personalData: s.personalData,
    classification: s.classification,
    contract: { endDate: s.contractEndInDays === null ? null : addDays(today, s.contractEndInDays), noticeMonths: s.noticeMonths },
    integrations: withIntegrations ? s.integrationsTo.map((name) => ({ targetId: systemIds.get(name)!, description: '' })) : [],
    disruptionTests: s.disruptionTests.map((t) => ({ testedOn: addDays(today, -Math.abs(t.daysAgo)), result: t.result, notes: t.notes })),
    sharedWithCollaboration: s.sharedWithCollaboration,
  });
  for (const s of demoSystems) systemIds.set(s.name, await createApplication({ db, clock, auth }, toInput(s, false)));
  // Second pass: integrations and final lifecycle, now that every system has an id.
  for (const s of demoSystems) {
    if (s.integrationsTo.length === 0 && s.lifecycle !== 'phased_out') continue;
    const id = systemIds.get(s.name)!;
    const rowVersion = (await applicationRowVersion(db, organisation.id, id))!;
    await updateApplication({ db, clock, auth }, id, rowVersion, { ...toInput(s, true), lifecycle: s.lifecycle });
  }

  // The people who answer a remiss, report and walk acquisitions act as themselves, so "who answered" is true.
  const as = (key: string) => {
    const actor = actors.get(key)!;
    return { ...actingAs(organisation.id, actor.personId, actor.accountId), departmentId: actor.departmentId };
  };
  const { goals } = await seedDemoDocuments(db, clock, auth, personIds, departmentIds, (documentId, rowVersion) => seedDemoConsultation(db, clock, auth, as, departmentIds, documentId, rowVersion));
  await seedDemoProjects(db, clock, auth, { people: personIds, departments: departmentIds, systems: systemIds });
  await seedDemoEservices(db, clock, auth, { people: personIds, systems: systemIds });
  await seedPartners(db, clock, options, organisation.id, capabilityIds);
  await seedDemoAcquisitions(db, clock, as, { departments: departmentIds, capabilities: capabilityIds, systems: systemIds, partnerName: demoPartners[0]! });
  await seedDemoItplans(db, clock, as, { departments: departmentIds, goals, systems: systemIds, capabilities: capabilityIds });
  return logins;
}

/** Two partner municipalities in one collaboration, each with a few systems shared with it. */
async function seedPartners(db: Db, clock: Clock, options: { password: string; scryptCost: number }, demoId: string, capabilityIds: Map<string, string>) {
  const ids = [demoId];
  for (const [index, name] of demoPartners.entries()) {
    const slug = name.toLowerCase().split(' ')[0]!.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const { organisation, person, account } = await createMunicipality(db, clock, {
      name,
      adminName: `Administratör ${name}`,
      adminEmail: `admin@${slug}.example`,
      password: options.password,
      scryptCost: options.scryptCost,
    });
    ids.push(organisation.id);
    const auth = actingAs(organisation.id, person.id, account!.id);
    const shared = demoSystems.filter((s) => s.sharedWithCollaboration).slice(index, index + 4);
    for (const s of shared) {
      await createApplication({ db, clock, auth }, {
        name: `${s.name}`,
        vendor: s.vendor,
        versions: s.versions,
        kind: s.kind,
        description: s.description,
        lifecycle: 'in_use',
        assessment: s.assessment,
        yearlyCost: s.yearlyCost,
        ownerId: null,
        managerId: null,
        departmentIds: [],
        capabilityIds: s.capabilityCodes.map((c) => capabilityIds.get(c)!),
        personalData: s.personalData,
        classification: s.classification,
        contract: { endDate: null, noticeMonths: null },
        integrations: [],
        disruptionTests: [],
        sharedWithCollaboration: true,
      });
    }
  }
  await createCollaboration(db, demoCollaborationName, ids);
}
