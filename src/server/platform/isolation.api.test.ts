import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, type Municipality, ROLE_KEYS, systemInput } from '../testing/fixtures.js';
import { startTestServer, type TestServer } from '../testing/server.js';
import { needInput, openRoundWithNeeds } from '../testing/itplans.js';
import { queryRows } from './db.js';
import { systemClock } from './clock.js';
import { createNotifications } from '../modules/notifications/commands.js';

/**
 * A person of one municipality can never read or change another's data (DECISIONS.md 2). The
 * routes come from the server's own route list, so a new endpoint is covered without anyone
 * remembering to add it: every route with an :id is called with the other municipality's record.
 */
let server: TestServer;
let home: Municipality;
let other: Municipality;
let foreignSystem: { id: string; name: string };
let foreignDocument: { id: string };
/** The other municipality's own type id: a body naming it must still not reach their document. */
let foreignDocumentType: string;
let foreignGoalId: string;
let foreignKpi: { id: string };
let foreignMeasurementId: string;
let foreignProject: { id: string };
let foreignMeeting: { id: string; items: { id: string }[] };
let foreignAcquisition: { id: string; attachments: { id: string }[] };
let foreignImport: { id: string };
let foreignEservice: { id: string };
let foreignPlan: { roundId: string; planId: string; needId: string };
let foreignInitiative: string;
let foreignAgreement: { id: string };
let foreignAgreementCapability: string;
/** A capability whose overlap group the other municipality has marked (the catalogue is shared; marks are not). */
let foreignMarkCapability: string;
let foreignAttestation: { roundId: string; taskId: string };
/** A notification in the other municipality's admin's list, and a digest send held there. */
let foreignNotification: string;
let foreignHold: string;
let foreignCollaboration: { id: string };
let foreignAssignment: { id: string };
let foreignConsultation: { id: string; commentId: string };

beforeAll(async () => {
  server = await startTestServer();
  home = await createTestMunicipality(server, 'Hemkommun');
  other = await createTestMunicipality(server, 'Grannkommun');
  const created = await (await other.as('admin')).post(
    '/api/v1/applications',
    systemInput({ name: 'Grannens hemliga system', description: 'HEMLIGT-GRANNE', departmentIds: [other.departments.a], ownerId: other.people.systemagare.personId }),
  );
  foreignSystem = created.body;
  const otherAdmin = await other.as('admin');
  const strategy = (await otherAdmin.get('/api/v1/document-types')).body.items.find((t: { key: string }) => t.key === 'strategi');
  foreignDocumentType = strategy.id;
  foreignDocument = (
    await otherAdmin.post('/api/v1/documents', {
      title: 'Grannens hemliga strategi',
      typeId: strategy.id,
      body: 'HEMLIGT-GRANNE',
      items: [{ kind: 'goal', title: 'Grannens mål' }],
    })
  ).body;
  foreignGoalId = (foreignDocument as unknown as { items: { id: string }[] }).items[0]!.id;
  foreignAssignment = (
    await otherAdmin.post(`/api/v1/documents/${foreignDocument.id}/assignments`, { itemId: foreignGoalId, title: 'HEMLIGT-GRANNE uppdrag', ownerId: other.people.admin.personId, dueOn: '2030-01-01' })
  ).body;
  foreignKpi = (
    await otherAdmin.post('/api/v1/kpis', {
      goalId: foreignGoalId,
      name: 'Grannens nyckeltal',
      definition: 'HEMLIGT-GRANNE',
      unit: 'percent',
      direction: 'higher',
      targets: [{ value: 1, targetDate: '2030-01-01' }],
    })
  ).body;
  const measured = (await otherAdmin.post(`/api/v1/kpis/${foreignKpi.id}/measurements`, { periodEnd: '2024-12-31', value: 5 })).body;
  foreignMeasurementId = measured.measurements[0].id;
  foreignProject = (await otherAdmin.post('/api/v1/projects', { name: 'Grannens hemliga projekt', purpose: 'HEMLIGT-GRANNE' })).body;
  foreignMeeting = (await otherAdmin.post('/api/v1/council/meetings', { meetingDate: '2026-01-15', location: 'HEMLIGT-GRANNE' })).body;
  foreignMeeting = (
    await otherAdmin.post(`/api/v1/council/meetings/${foreignMeeting.id}/items`, { title: 'Grannens ärende', subjectKind: 'project', subjectId: foreignProject.id })
  ).body;
  const catalogue = (await otherAdmin.get('/api/v1/capabilities')).body.items as { id: string }[];
  foreignAgreementCapability = catalogue[0]!.id;
  foreignMarkCapability = catalogue[1]!.id;
  expect((await otherAdmin.post(`/api/v1/applications/overlaps/${foreignMarkCapability}/mark`, { status: 'intended', reason: 'HEMLIGT-GRANNE', reviewOn: '2027-01-01' })).status).toBe(201);
  foreignAgreement = (await otherAdmin.post('/api/v1/agreements', { name: 'Grannens ramavtal', kind: 'framework', description: 'HEMLIGT-GRANNE', capabilityIds: [catalogue[0]!.id] })).body;
  const acquisition = (
    await otherAdmin.post('/api/v1/acquisitions', {
      title: 'Grannens anskaffning',
      needText: 'HEMLIGT-GRANNE',
      capabilityIds: [catalogue[0]!.id],
      departmentId: other.departments.a,
      estimatedValue: 100,
    })
  ).body;
  foreignCollaboration = (await otherAdmin.post('/api/v1/collaborations', { name: 'HEMLIGT-GRANNE samverkan' })).body;
  foreignAcquisition = (await otherAdmin.post(`/api/v1/acquisitions/${acquisition.id}/attachments`, { fileName: 'hemligt.txt', contentBase64: Buffer.from('HEMLIGT-GRANNE').toString('base64') })).body;
  const round = (await otherAdmin.post('/api/v1/attestation/rounds', {})).body;
  foreignAttestation = { roundId: round.id, taskId: (await (await other.as('systemagare')).get('/api/v1/attestation/tasks')).body.items[0].id };
  await server.database.db.transaction((tx) =>
    createNotifications(tx, other.id, [{ personId: other.people.admin.personId, topic: 'general', messageKey: 'general.message', params: { text: 'HEMLIGT-GRANNE' }, dedupeKey: 'isolation' }], systemClock),
  );
  foreignNotification = (await otherAdmin.get('/api/v1/notifications')).body.items[0].id;
  foreignHold = (await queryRows<{ id: string }>(server.database.db, sql`insert into notification_digest_holds (organisation_id, recipients, "limit") values (${other.id}, 999, 1) returning id`))[0]!.id;
  const consulted = (await otherAdmin.post('/api/v1/documents', { title: 'Grannens remiss', typeId: strategy.id, body: 'HEMLIGT-GRANNE', items: [] })).body;
  const sent = (await otherAdmin.post(`/api/v1/documents/${consulted.id}/consultations`, { personIds: [other.people.admin.personId], lastAnswerOn: '2199-01-01' }, { 'if-match': '"1"' })).body;
  await otherAdmin.put(`/api/v1/consultations/${sent.id}/answer`, { noObjection: false, comments: [{ text: 'HEMLIGT-GRANNE' }] }, { 'if-match': '"1"' });
  const answered = (await otherAdmin.post(`/api/v1/consultations/${sent.id}/answer/submit`, undefined, { 'if-match': '"2"' })).body;
  foreignConsultation = { id: sent.id, commentId: answered.myAnswer.comments[0].id };
  foreignEservice = (await otherAdmin.post('/api/v1/eservices', { name: 'Grannens e-tjänst', description: 'HEMLIGT-GRANNE', step: 3, yearlyVolume: 10, digitalShare: 50 })).body;
  const planned = await openRoundWithNeeds(other, { needs: { a: [needInput({ title: 'HEMLIGT-GRANNE behov' })], b: [] }, submit: false });
  foreignPlan = { roundId: planned.round.id, planId: planned.plans.a.id, needId: planned.needs.a[0]!.id };
  foreignInitiative = (await openRoundWithNeeds(other, { needs: { a: [needInput({ title: 'HEMLIGT-GRANNE initiativ' })], b: [] } })).needs.a[0]!.initiativeId!;
  foreignImport = (await otherAdmin.post('/api/v1/imports', { filename: 'hemligt.csv', contentBase64: Buffer.from('Namn;Beskrivning\nHemligt;HEMLIGT-GRANNE\n').toString('base64') })).body;
});
afterAll(async () => server?.close());

const roles = ROLE_KEYS;
const PUBLIC_ROUTES = new Set([
  'POST /api/v1/session',
  'GET /api/openapi.json',
  'GET /health',
  // Decided documents are public by law; their own tests prove that drafts never leave.
  'GET /api/public/v1/:organisationId/documents',
  'GET /api/public/v1/:organisationId/documents/:id',
  'GET /api/public/v1/:organisationId/documents/:id/versions',
  'GET /api/public/v1/:organisationId/documents/:id/versions/:version',
  // Decided municipal IT plans are public once decided; public.api.test.ts proves an open round never leaves.
  'GET /api/public/v1/:organisationId/it-plans',
  'GET /api/public/v1/:organisationId/it-plans/:roundId/versions/:version',
  'GET /api/public/v1/:organisationId/it-plans/:roundId/versions/:version/export.pdf',
]);
/** Ends the caller's own session; it holds no municipality data and is tested on its own. */
const SIGN_OUT = 'DELETE /api/v1/session';

/**
 * The other municipality's record for each kind of :id. A new kind of route fails here until a
 * foreign record is named for it, so no endpoint escapes the sweep.
 */
function concretePath(url: string) {
  if (url.includes(':capabilityId')) return url.replace(':capabilityId', foreignMarkCapability);
  if (url.includes('/records/:type/:id')) return url.replace(':type', 'document').replace(':id', foreignDocument.id);
  const kind = /\/api\/v1\/([a-z/-]+?)\/:id/.exec(url)?.[1];
  if (!url.includes(':')) return url;
  const foreign: Record<string, string> = {
    applications: foreignSystem.id,
    people: other.people.admin.personId,
    departments: other.departments.a,
    documents: foreignDocument.id,
    kpis: foreignKpi.id,
    'document-types': foreignDocumentType,
    projects: foreignProject.id,
    'council/meetings': foreignMeeting.id,
    'council/items': foreignMeeting.items[0]!.id,
    acquisitions: foreignAcquisition.id,
    agreements: foreignAgreement.id,
    'attestation/rounds': foreignAttestation.roundId,
    'attestation/tasks': foreignAttestation.taskId,
    notifications: foreignNotification,
    'notifications/held-digests': foreignHold,
    collaborations: foreignCollaboration.id,
    imports: foreignImport.id,
    assignments: foreignAssignment.id,
    consultations: foreignConsultation.id,
    eservices: foreignEservice.id,
    'plan-rounds': foreignPlan.roundId,
    'department-plans': foreignPlan.planId,
    'plan-needs': foreignPlan.needId,
    'plan-initiatives': foreignInitiative,
  };
  if (!kind || !foreign[kind]) throw new Error(`No foreign record for ${url}: add one to the isolation test`);
  return url.replace(/:id\b/g, foreign[kind]!).replace(/:measurementId\b/g, foreignMeasurementId).replace(/:attachmentId\b/g, foreignAcquisition.attachments[0]!.id).replace(/:version\b/g, '1').replace(/:otherId\b/g, foreignSystem.id).replace(/:commentId\b/g, foreignConsultation.commentId);
}

/** A body that passes validation, so the sweep reaches the municipality check behind it. */
function validBodyFor(url: string): unknown {
  const kind = /\/api\/v1\/([a-z-]+)/.exec(url)?.[1];
  if (url.endsWith('/handover')) return { assignments: [{ kind: 'all', toPersonId: other.people.admin.personId }] };
  if (kind === 'people') return { name: 'Inkräktare', email: null };
  if (kind === 'records') return { eventId: '00000000-0000-4000-8000-000000000000', field: 'title' };
  if (kind === 'departments') return { name: 'Inkräktare' };
  if (kind === 'projects') return url.endsWith('/transitions') ? { to: 'cancelled' } : { name: 'Inkräktare' };
  if (kind === 'council') {
    if (url.endsWith('/items')) return { title: 'Inkräktare', subjectKind: 'other' };
    if (url.endsWith('/decision')) return { decision: 'rejected', decisionText: 'Inkräktare', decidedOn: '2026-01-15' };
    if (url.endsWith('/participants')) return { participants: [{ name: 'Inkräktare', role: 'chair' }] };
    return { meetingDate: '2026-01-15' };
  }
  if (kind === 'acquisitions') {
    if (url.endsWith('/answers')) return { step: 'internal', covered: false };
    if (url.endsWith('/prestudy')) return { prestudyText: 'Inkräktare' };
    if (url.endsWith('/attachments')) return { fileName: 'inkraktare.txt', contentBase64: Buffer.from('Inkräktare').toString('base64') };
    if (url.endsWith('/noted') || url.endsWith('/reopen') || url.endsWith('/restore')) return {};
    if (url.endsWith('/withdraw')) return { reason: 'Inkräktare' };
    if (url.endsWith('/install')) return { name: 'Inkräktare', installedOn: '2026-01-15' };
    return { title: 'Inkräktare', needText: 'x', capabilityIds: [foreignAgreementCapability], departmentId: other.departments.a, estimatedValue: 1 };
  }
  if (kind === 'agreements') return { name: 'Inkräktare', kind: 'framework' };
  if (kind === 'plan-rounds' && url.endsWith('/decision')) return { decidingBody: 'Inkräktare', decidedOn: '2026-11-30' };
  if (kind === 'plan-rounds' && (url.endsWith('/dismiss') || url.endsWith('/merge'))) {
    return { needs: [{ id: foreignPlan.needId, rowVersion: 1 }, { id: foreignInitiative, rowVersion: 1 }], reason: 'Inkräktare' };
  }
  if (kind === 'plan-rounds') return { title: 'Inkräktare', firstYear: 2027, lastYear: 2029, budgetYear: 2027, deadline: '2027-03-31' };
  if (kind === 'department-plans' || kind === 'plan-needs') return url.endsWith('/submit') || url.endsWith('/reopen') ? {} : needInput({ title: 'Inkräktare' });
  if (kind === 'plan-initiatives') return url.endsWith('/acquisition') ? { capabilityIds: [foreignAgreementCapability] } : url.endsWith('/project') || url.endsWith('/split') ? {} : { title: 'Inkräktare', priority: 1, costs: [] };
  if (kind === 'eservices' && url.endsWith('/plan-need')) return { departmentPlanId: foreignPlan.planId };
  if (kind === 'eservices' && url.endsWith('/project')) return {};
  if (kind === 'eservices') return { name: 'Inkräktare', step: 1, yearlyVolume: 0, digitalShare: 0 };
  if (kind === 'attestation') return url.endsWith('/settings') ? { intervalMonths: 6 } : {};
  if (kind === 'collaborations') return { name: 'Inkräktare', municipality: other.name };
  if (kind === 'imports') return url.endsWith('/run') ? { mapping: [] } : { filename: 'inkraktare.csv', contentBase64: Buffer.from('Namn\nInkräktare\n').toString('base64') };
  if (url.endsWith('/overlaps/:capabilityId/mark')) return { status: 'migrating', reason: 'Inkräktare', reviewOn: '2030-01-01' };
  if (kind === 'rules') return { key: 'portfolio_threshold', value: 1, effectiveFrom: '2020-01-01', description: 'Inkräktare' };
  if (kind === 'document-types') {
    return { key: 'inkraktare', nameSv: 'Inkräktare', nameEn: 'Intruder', level: 2, validityYears: 1, revisionIntervalMonths: 1, defaultOwner: 'x', defaultDecidingBody: 'x' };
  }
  if (kind === 'kpis') {
    if (url.includes('/measurements')) return { periodEnd: '2025-12-31', value: 1 };
    return { goalId: foreignGoalId, name: 'Inkräktare', definition: 'x', unit: 'percent', direction: 'higher', targets: [{ value: 1, targetDate: '2030-01-01' }] };
  }
  const assignment = { itemId: foreignGoalId, title: 'Inkräktare', ownerId: home.people.admin.personId, dueOn: '2030-01-01' };
  if (kind === 'documents' && url.endsWith('/assignments')) return assignment;
  if (kind === 'documents' && url.endsWith('/responsibilities')) return { rows: [{ party: 'Inkräktare', responsibility: 'x' }] };
  if (kind === 'assignments') return url.endsWith('/status') ? { status: 'in_progress' } : assignment;
  if (kind === 'documents' && url.endsWith('/consultations')) return { personIds: [other.people.admin.personId], lastAnswerOn: '2199-01-01' };
  if (kind === 'consultations') return url.endsWith('/response') ? { response: 'accepted', text: 'Inkräktare' } : url.endsWith('/answer') ? { noObjection: true } : undefined;
  if (kind === 'documents') return url.endsWith('/transitions') ? { to: 'consultation' } : { title: 'Inkräktare', typeId: foreignDocumentType };
  if (kind === 'session') return { language: 'sv', organisationId: other.id, currentPassword: 'x', newPassword: 'y'.repeat(12) };
  return systemInput({ name: 'Inkräktare' });
}

describe('municipality isolation over every endpoint', () => {
  it('knows the routes it checks', () => {
    const apiRoutes = server.app.routeList.filter((r) => r.url.startsWith('/api/v1/'));
    expect(apiRoutes.length).toBeGreaterThanOrEqual(12);
  });

  for (const role of roles) {
    it(`never shows or changes the other municipality's data to a ${role}`, async () => {
      const client = await home.as(role);
      const routes = server.app.routeList.filter(
        (r) => r.url.startsWith('/api/') && !PUBLIC_ROUTES.has(`${r.method} ${r.url}`) && `${r.method} ${r.url}` !== SIGN_OUT,
      );
      for (const route of routes) {
        const path = concretePath(route.url);
        const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : validBodyFor(route.url);
        const res = await client.request(route.method, path, body, { 'if-match': '"1"' });
        const text = res.raw.toString('utf8');
        expect(text, `${route.method} ${route.url}`).not.toContain('HEMLIGT-GRANNE');
        expect(text, `${route.method} ${route.url}`).not.toContain(foreignSystem.id === '' ? '-' : 'Grannens hemliga system');
        expect(res.status, `${route.method} ${route.url}`).toBeLessThan(500);
        // A valid body reaches the municipality check: 400 would mean the sweep never tried it.
        if (route.url.includes(':id')) expect([403, 404], `${route.method} ${route.url} ${res.raw.toString('utf8').slice(0, 300)}`).toContain(res.status);
      }
      // The other municipality's record is untouched.
      const otherAdmin = await other.as('admin');
      const theirs = await otherAdmin.get(`/api/v1/applications/${foreignSystem.id}`);
      expect(theirs.body).toMatchObject({ name: 'Grannens hemliga system', rowVersion: 1, archivedAt: null });
      const theirDocument = await otherAdmin.get(`/api/v1/documents/${foreignDocument.id}`);
      expect(theirDocument.body).toMatchObject({ title: 'Grannens hemliga strategi', status: 'draft', rowVersion: 1 });
      expect((await otherAdmin.get(`/api/v1/assignments/${foreignAssignment.id}`)).body).toMatchObject({ title: 'HEMLIGT-GRANNE uppdrag', status: 'not_started', rowVersion: 1 });
      expect((await otherAdmin.get(`/api/v1/documents/${foreignDocument.id}/responsibilities`)).body).toMatchObject({ rows: [], rowVersion: 0 });
      const theirTypes = (await otherAdmin.get('/api/v1/document-types')).body.items;
      expect(theirTypes.find((t: { id: string }) => t.id === foreignDocumentType)).toMatchObject({ key: 'strategi', rowVersion: 1 });
      expect(theirTypes.map((t: { key: string }) => t.key)).not.toContain('inkraktare');
      const theirConsultation = (await otherAdmin.get(`/api/v1/consultations/${foreignConsultation.id}`)).body;
      expect(theirConsultation.myAnswer).toMatchObject({ status: 'submitted', comments: [expect.objectContaining({ response: null, rowVersion: 1 })] });
      const theirProject = await otherAdmin.get(`/api/v1/projects/${foreignProject.id}`);
      expect(theirProject.body).toMatchObject({ name: 'Grannens hemliga projekt', status: 'idea', rowVersion: 1 });
      const theirMeeting = await otherAdmin.get(`/api/v1/council/meetings/${foreignMeeting.id}`);
      expect(theirMeeting.body.items).toEqual([expect.objectContaining({ title: 'Grannens ärende', decision: null, rowVersion: 1 })]);
      expect((await otherAdmin.get('/api/v1/rules')).body.items.map((r: { description: string }) => r.description)).not.toContain('Inkräktare');
      const theirAcquisition = (await otherAdmin.get(`/api/v1/acquisitions/${foreignAcquisition.id}`)).body;
      expect(theirAcquisition).toMatchObject({ title: 'Grannens anskaffning', step: 'internal', rowVersion: 1, councilNotedAt: null, answers: [], prestudyText: '' });
      expect(theirAcquisition.attachments).toHaveLength(1);
      expect((await otherAdmin.get(`/api/v1/agreements/${foreignAgreement.id}`)).body).toMatchObject({ name: 'Grannens ramavtal', rowVersion: 1 });
      expect((await otherAdmin.get('/api/v1/agreements')).body.total).toBe(1);
      expect((await otherAdmin.get('/api/v1/attestation/overview')).body).toMatchObject({ intervalMonths: 12, confirmed: 0, openRound: { id: foreignAttestation.roundId, taskCount: 1, doneCount: 0, rowVersion: 1 } });
      const theirKpi = await otherAdmin.get(`/api/v1/kpis/${foreignKpi.id}`);
      expect(theirKpi.body).toMatchObject({ name: 'Grannens nyckeltal', rowVersion: 1, measurements: [expect.objectContaining({ value: 5, rowVersion: 1 })] });
      expect((await otherAdmin.get(`/api/v1/kpis?goal=${foreignGoalId}`)).body.items).toHaveLength(1);
      const theirPeople = (await otherAdmin.get('/api/v1/people')).body.items;
      expect(theirPeople.find((p: { id: string }) => p.id === other.people.admin.personId)).toMatchObject({ name: 'Ada Admin', rowVersion: 1 });
      // Their mark on a capability every municipality shares is theirs alone: untouched, and never shown here.
      const theirOverlaps = await queryRows(server.database.db, sql`select reason, row_version from overlap_marks where organisation_id = ${other.id}`);
      expect(theirOverlaps).toEqual([{ reason: 'HEMLIGT-GRANNE', row_version: 1 }]);
      // Their collaboration is theirs alone: nobody was invited into it or joined it from here.
      const theirMembers = await queryRows(server.database.db, sql`select organisation_id, status, row_version from collaboration_members where collaboration_id = ${foreignCollaboration.id}`);
      expect(theirMembers).toEqual([{ organisation_id: other.id, status: 'active', row_version: 1 }]);
      const theirDepartments = (await otherAdmin.get('/api/v1/departments')).body.items;
      expect(theirDepartments.find((d: { id: string }) => d.id === other.departments.a)).toMatchObject({ name: 'Socialförvaltningen', rowVersion: 1 });
      expect((await otherAdmin.get('/api/v1/notifications')).body).toMatchObject({ total: 1, unread: 1 });
      expect((await otherAdmin.get('/api/v1/notifications/held-digests')).body.items).toEqual([expect.objectContaining({ id: foreignHold, releasedAt: null })]);
    });
  }

  it('does not count the other municipality in lists, overlaps or exports', async () => {
    const admin = await home.as('admin');
    // The route sweep above may have registered systems in the home municipality; only those show.
    const names = (await admin.get('/api/v1/applications?pageSize=200')).body.items.map((i: { name: string }) => i.name);
    const otherPeople = (await (await other.as('admin')).get('/api/v1/people')).body.items.map((p: { name: string }) => p.name);
    expect(otherPeople).not.toContain('Inkräktare');
    expect(new Set(names)).toEqual(new Set(names.length ? ['Inkräktare'] : []));
    const overlapIds = (await admin.get('/api/v1/applications/overlaps')).body.groups.flatMap((g: { systems: { id: string }[] }) => g.systems.map((s) => s.id));
    expect(overlapIds).not.toContain(foreignSystem.id);
    const exported = await admin.get('/api/v1/applications/export.xlsx');
    expect(exported.status).toBe(200);
    const people = (await admin.get('/api/v1/people')).body.items.map((p: { id: string }) => p.id);
    expect(people).not.toContain(other.people.admin.personId);
    const departments = (await admin.get('/api/v1/departments')).body.items.map((d: { id: string }) => d.id);
    expect(departments).not.toContain(other.departments.a);
  });

  it('answers every API route with 401 and no data when nobody is signed in', async () => {
    for (const route of server.app.routeList.filter((r) => r.url.startsWith('/api/v1/') && !PUBLIC_ROUTES.has(`${r.method} ${r.url}`))) {
      const res = await fetch(`${server.url}${concretePath(route.url)}`, {
        method: route.method,
        headers: { 'content-type': 'application/json' },
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
      });
      expect(res.status, `${route.method} ${route.url}`).toBe(401);
      expect(await res.text()).not.toContain('Grannens');
    }
  });
});
