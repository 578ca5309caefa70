import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcquisitionInputDraft } from '../../../shared/acquisitions.js';
import { answerStep as answer, needInput, startAcquisitionTestServer, systemAsInput as toInput, walkToProcedure } from '../../testing/acquisitions.js';
import { createTestMunicipality, type Municipality, systemInput } from '../../testing/fixtures.js';
import type { TestServer } from '../../testing/server.js';
import { createCollaboration } from '../organisation/commands.js';

let server: TestServer;
let caps: Record<string, string>;
beforeAll(async () => {
  ({ server, caps } = await startAcquisitionTestServer());
});
afterAll(async () => server?.close());

const need = (m: Municipality, overrides: Partial<AcquisitionInputDraft> = {}) => needInput(m, caps, overrides);

describe('reporting a need', () => {
  it('reports a need that reaches the IT council’s inbox at once', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('forvaltningschef');
    const res = await chef.post('/api/v1/acquisitions', need(m));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ step: 'internal', outcome: null, reportedByName: 'Frida Förvaltningschef', departmentName: 'Socialförvaltningen', councilNotedAt: null });
    expect(res.body.route).toMatchObject({ code: 'ask_internal', reason: expect.stringContaining('Finns ett system i kommunen'), grounds: null, missing: [] });
    expect(res.headers.get('etag')).toBe(`"${res.body.rowVersion}"`);
    const council = await m.as('kommundirektor');
    const inbox = await council.get('/api/v1/acquisitions?noted=false');
    expect(inbox.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
    expect((await (await m.as('lasare')).get(`/api/v1/acquisitions/${res.body.id}`)).body.allowed).toEqual({ edit: false, answer: false, install: false, note: false, manageAttachments: false, withdraw: false, reopen: false });
    expect((await (await m.as('samverkanspartner')).get('/api/v1/acquisitions')).status).toBe(403);
  });

  it('refuses bad input naming the field, in Swedish and English, and stores nothing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    const res = await admin.post('/api/v1/acquisitions', { ...need(m), title: '  ', capabilityIds: [], estimatedValue: -1 });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['capabilityIds', 'estimatedValue', 'title']);
    const foreign = await admin.post('/api/v1/acquisitions', need(m, { capabilityIds: ['00000000-0000-4000-8000-000000000000'] }));
    expect(foreign.body.errors).toEqual([{ field: 'capabilityIds.0', message: 'Finns inte i kommunen.' }]);
    admin.language = 'en';
    expect((await admin.post('/api/v1/acquisitions', { ...need(m), departmentId: randomUUID() })).body.errors[0]).toMatchObject({ field: 'departmentId' });
    admin.language = null;
    expect((await admin.get('/api/v1/acquisitions')).body.total).toBe(0);
  });

  it('lets a head of department report and walk needs of the own department only', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('forvaltningschef');
    const other = await chef.post('/api/v1/acquisitions', need(m, { departmentId: m.departments.b }));
    expect(other.status).toBe(400);
    expect(other.body.errors[0]).toMatchObject({ field: 'departmentId', message: expect.stringContaining('Socialförvaltningen') });
    // The system owner (department b) may report for b but not walk the route.
    const owner = await m.as('systemagare');
    const reported = await owner.post('/api/v1/acquisitions', need(m, { departmentId: m.departments.b }));
    expect(reported.status).toBe(201);
    expect((await answer(owner, reported.body.id, { step: 'internal', covered: false })).status).toBe(403);
    expect((await answer(chef, reported.body.id, { step: 'internal', covered: false })).status).toBe(403);
    expect((await answer(await m.as('it_chef'), reported.body.id, { step: 'internal', covered: false })).status).toBe(200);
  });
});

describe('walking the route', () => {
  it('records every answer and who gave it, and ends in the procedure the value and the rules give', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    const done = await walkToProcedure(chef, id);
    expect(done).toMatchObject({ step: null, outcome: 'direct_procurement' });
    expect(done.route.reason).toBe('Värdet 450\u00a0000 kr uppgår till högst direktupphandlingsgränsen 700\u00a0000 kr: direktupphandling. Skälen för direktupphandlingen ska dokumenteras.');
    // The grounds as data: the value, the date whose rules applied, each rule with its limit, period and source.
    expect(done.route).toMatchObject({
      code: 'at_most_direct_limit',
      provisional: false,
      grounds: {
        value: 450_000,
        routedOn: { date: done.reportedOn, basis: 'reported' },
        mustDocument: true,
        rules: [
          { rule: 'direct_limit', amount: 700_000, perPbb: null, comparison: 'at_most', effectiveFrom: '2022-02-01', effectiveUntil: null, law: 'LOU 19 kap. 2 §', source: 'Upphandlingsmyndigheten, "Tröskelvärden och direktupphandlingsgränser".', unknownNewerFrom: null },
          { rule: 'documentation_limit', amount: 100_000, comparison: 'above', effectiveFrom: '2022-02-01', law: 'LOU 19 kap. 30 §', source: 'Upphandlingsmyndigheten, "Direktupphandling".' },
        ],
      },
      missing: [],
    });
    expect(done.answers.map((a: { step: string; answeredByName: string; superseded: boolean }) => [a.step, a.answeredByName, a.superseded])).toEqual([
      ['internal', 'Ivar IT-chef', false],
      ['partner', 'Ivar IT-chef', false],
      ['prestudy', 'Ivar IT-chef', false],
      ['agreement', 'Ivar IT-chef', false],
    ]);
    expect(done.answers[2].comment).toBe('Marknadsdialog gav tre leverantörer.');
    const list = await chef.get('/api/v1/acquisitions?outcome=direct_procurement');
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const audit = await chef.get(`/api/v1/audit?entityId=${id}`);
    if (audit.status === 200) expect(JSON.stringify(audit.body)).toContain('answer');
  });

  it('needs If-Match, detects a concurrent answer, and refuses a step not reached', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const created = (await chef.post('/api/v1/acquisitions', need(m))).body;
    expect((await chef.post(`/api/v1/acquisitions/${created.id}/answers`, { step: 'internal', covered: false })).status).toBe(428);
    const first = await chef.post(`/api/v1/acquisitions/${created.id}/answers`, { step: 'internal', covered: false }, { 'if-match': `"${created.rowVersion}"` });
    expect(first.status).toBe(200);
    const stale = await chef.post(`/api/v1/acquisitions/${created.id}/answers`, { step: 'partner', covered: false }, { 'if-match': `"${created.rowVersion}"` });
    expect(stale.status).toBe(412);
    expect((await answer(chef, created.id, { step: 'agreement', exists: false })).status).toBe(409);
    expect((await answer(chef, created.id, { step: 'internal', covered: true })).body.errors).toEqual([{ field: 'systemId', message: expect.any(String) }]);
    const after = (await chef.get(`/api/v1/acquisitions/${created.id}`)).body;
    expect(after.answers).toHaveLength(1);
  });

  it('proposes own systems serving the capabilities, best match first, and ends in using one', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const both = (await chef.post('/api/v1/applications', systemInput({ name: 'Båda förmågorna', capabilityIds: [caps['ADM.DOKUMENT']!, caps['ADM.SIGNERING']!] }))).body;
    const one = (await chef.post('/api/v1/applications', systemInput({ name: 'En förmåga', capabilityIds: [caps['ADM.DOKUMENT']!] }))).body;
    await chef.post('/api/v1/applications', systemInput({ name: 'Ingen förmåga', capabilityIds: [] }));
    const id = (await chef.post('/api/v1/acquisitions', need(m, { capabilityIds: [caps['ADM.DOKUMENT']!, caps['ADM.SIGNERING']!] }))).body.id;
    const suggested = (await chef.get(`/api/v1/acquisitions/${id}/suggestions`)).body;
    expect(suggested.needCapabilities).toBe(2);
    expect(suggested.internal.map((s: { id: string; matched: number }) => [s.id, s.matched])).toEqual([
      [both.id, 2],
      [one.id, 1],
    ]);
    // Walk to the end, then change the first answer: the later answers are kept but superseded.
    await walkToProcedure(chef, id);
    const revised = await answer(chef, id, { step: 'internal', covered: true, systemId: both.id, comment: 'Finns redan' });
    expect(revised.body).toMatchObject({ step: null, outcome: 'use_internal' });
    expect(revised.body.answers.filter((a: { superseded: boolean }) => a.superseded)).toHaveLength(4);
    expect(revised.body.answers.at(-1)).toMatchObject({ step: 'internal', covered: true, system: { id: both.id, name: 'Båda förmågorna', municipality: null } });
    expect((await answer(chef, id, { step: 'partner', covered: false })).status).toBe(409);
  });
});

describe('reasons the IT council reads', () => {
  it('asks why proposed systems do not fit before a "no", and keeps the reason in the history', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    await chef.post('/api/v1/applications', systemInput({ name: 'Dokumenthanteraren', capabilityIds: [caps['ADM.DOKUMENT']!] }));
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    const bare = await answer(chef, id, { step: 'internal', covered: false });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([{ field: 'comment', message: expect.stringContaining('Roder föreslår inte passar') }]);
    const blank = await answer(chef, id, { step: 'internal', covered: false, comment: '   ' });
    expect(blank.status).toBe(400);
    const given = await answer(chef, id, { step: 'internal', covered: false, comment: 'Dokumenthanteraren saknar e-signering.' });
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    expect(given.body.answers[0]).toMatchObject({ step: 'internal', covered: false, comment: 'Dokumenthanteraren saknar e-signering.' });
    // No partner system is proposed: a bare "no" stands.
    expect((await answer(chef, id, { step: 'partner', covered: false })).status).toBe(200);
  });

  it('asks for the reasons of a direct procurement above the documentation limit before the route ends there (LOU 19:30)', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m, { estimatedValue: 450_000 }))).body.id;
    for (const body of [{ step: 'internal', covered: false }, { step: 'partner', covered: false }, { step: 'prestudy', result: 'purchase' }]) expect((await answer(chef, id, body)).status).toBe(200);
    expect((await chef.get(`/api/v1/acquisitions/${id}`)).body.directReasonsRequired).toBe(true);
    const bare = await answer(chef, id, { step: 'agreement', exists: false });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([{ field: 'comment', message: expect.stringContaining('LOU 19 kap. 30 §') }]);
    expect((await chef.get(`/api/v1/acquisitions/${id}`)).body).toMatchObject({ step: 'agreement', outcome: null });
    chef.language = 'en';
    expect((await answer(chef, id, { step: 'agreement', exists: false })).body.errors[0].message).toContain('reasons for the direct procurement');
    chef.language = null;
    const done = await answer(chef, id, { step: 'agreement', exists: false, comment: 'Brådskande; en leverantör kan leverera inom tiden.' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ outcome: 'direct_procurement', directReasonsRequired: true });
    expect(done.body.answers.at(-1).comment).toBe('Brådskande; en leverantör kan leverera inom tiden.');

    // At or below the documentation limit no reasons are asked for.
    const small = (await chef.post('/api/v1/acquisitions', need(m, { estimatedValue: 100_000 }))).body.id;
    for (const body of [{ step: 'internal', covered: false }, { step: 'partner', covered: false }, { step: 'prestudy', result: 'purchase' }]) expect((await answer(chef, small, body)).status).toBe(200);
    expect((await answer(chef, small, { step: 'agreement', exists: false })).body).toMatchObject({ outcome: 'direct_procurement', directReasonsRequired: false });
  });
});

describe('partner municipalities’ shared systems', () => {
  it('proposes only what partners in a collaboration chose to share, and nothing else of theirs', async () => {
    const m = await createTestMunicipality(server);
    const partner = await createTestMunicipality(server, 'Partnerkommun');
    const stranger = await createTestMunicipality(server, 'Främmande kommun');
    await createCollaboration(server.database.db, 'Skaraborgs samverkan', [m.id, partner.id]);
    const partnerAdmin = await partner.as('admin');
    const shared = (await partnerAdmin.post('/api/v1/applications', systemInput({ name: 'Delad e-signering', description: 'HEMLIG BESKRIVNING', yearlyCost: 999_999, capabilityIds: [caps['ADM.DOKUMENT']!], sharedWithCollaboration: true }))).body;
    const unshared = (await partnerAdmin.post('/api/v1/applications', systemInput({ name: 'Partnerns interna', capabilityIds: [caps['ADM.DOKUMENT']!] }))).body;
    const strangers = (await (await stranger.as('admin')).post('/api/v1/applications', systemInput({ name: 'Främlingens delade', capabilityIds: [caps['ADM.DOKUMENT']!], sharedWithCollaboration: true }))).body;

    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    const suggested = await chef.get(`/api/v1/acquisitions/${id}/suggestions`);
    expect(suggested.body.partner).toEqual([{ id: shared.id, name: 'Delad e-signering', municipality: partner.name, supplier: 'Leverantör AB', matched: 1, capabilityNames: [expect.any(String)] }]);
    expect(suggested.raw.toString()).not.toContain('HEMLIG');
    expect(suggested.raw.toString()).not.toContain('999999');

    await answer(chef, id, { step: 'internal', covered: false });
    for (const systemId of [unshared.id, strangers.id]) {
      expect((await answer(chef, id, { step: 'partner', covered: true, systemId })).body.errors).toEqual([{ field: 'systemId', message: 'Finns inte i kommunen.' }]);
    }
    const joined = await answer(chef, id, { step: 'partner', covered: true, systemId: shared.id });
    expect(joined.body).toMatchObject({ outcome: 'join_partner', step: null });
    expect(joined.body.answers.at(-1).system).toEqual({ id: shared.id, name: 'Delad e-signering', municipality: partner.name });
    // The partner's system itself stays unreadable.
    expect((await chef.get(`/api/v1/applications/${shared.id}`)).status).toBe(404);
  });
});

describe('the agreements register and call-offs', () => {
  it('proposes a framework agreement whose scope covers the need, calls it off, and installs the system linked to it', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const framework = await chef.post('/api/v1/agreements', {
      name: 'Programvaror och tjänster 2024',
      kind: 'framework',
      supplier: 'Adda Inköpscentral',
      reference: 'Adda 2024-01',
      capabilityIds: [caps['ADM.DOKUMENT']!],
      startDate: '2024-01-01',
      endDate: '2030-12-31',
      noticeMonths: 6,
      extensionOptions: '2 × 12 månader',
    });
    expect(framework.status, JSON.stringify(framework.body)).toBe(201);
    expect(framework.body).toMatchObject({ status: 'in_force', noticeDate: '2030-06-30', supplier: 'Adda Inköpscentral', systemCount: 0 });
    const expired = (await chef.post('/api/v1/agreements', { name: 'Gammalt ramavtal', kind: 'framework', capabilityIds: [caps['ADM.DOKUMENT']!], startDate: '2015-01-01', endDate: '2019-12-31' })).body;
    expect(expired.status).toBe('expired');

    const id = (await chef.post('/api/v1/acquisitions', need(m, { estimatedValue: 5_000_000 }))).body.id;
    for (const body of [{ step: 'internal', covered: false }, { step: 'partner', covered: false }, { step: 'prestudy', result: 'purchase' }]) await answer(chef, id, body);
    const suggested = (await chef.get(`/api/v1/acquisitions/${id}/suggestions`)).body;
    expect(suggested.agreements.map((a: { id: string }) => a.id)).toEqual([framework.body.id]);
    const called = await answer(chef, id, { step: 'agreement', exists: true, agreementId: framework.body.id });
    expect(called.body).toMatchObject({ outcome: 'call_off', allowed: { install: true } });
    expect(called.body.route.reason).toContain('avrop');

    const installed = await chef.post(`/api/v1/acquisitions/${id}/install`, { name: 'E-signering', vendor: 'Signera AB', purchaseKind: 'framework_agreement', installedOn: '2027-01-15' }, { 'if-match': `"${called.body.rowVersion}"` });
    expect(installed.status, JSON.stringify(installed.body)).toBe(200);
    expect(installed.body).toMatchObject({ application: { name: 'E-signering' }, installedOn: '2027-01-15', allowed: { install: false, answer: false } });
    const system = (await chef.get(`/api/v1/applications/${installed.body.application.id}`)).body;
    expect(system).toMatchObject({ lifecycle: 'in_use', departmentIds: [m.departments.a], capabilityIds: [caps['ADM.DOKUMENT']], contract: { endDate: '2030-12-31', noticeMonths: 6 } });
    expect(system.acquisition).toEqual({ id, title: 'Digital signering av avtal' });
    const agreement = (await chef.get(`/api/v1/agreements/${framework.body.id}`)).body;
    expect(agreement.systems).toEqual([{ id: system.id, name: 'E-signering' }]);
    expect(agreement.acquisitions).toEqual([{ id, title: 'Digital signering av avtal' }]);
    // The register owns the agreement's dates: the system's contract fields cannot change them.
    const { id: _id, rowVersion, acquisition: _a, ...rest } = system;
    const edit = await chef.put(`/api/v1/applications/${system.id}`, { ...toInput(rest), contract: { endDate: '2031-01-01', noticeMonths: 6 } }, { 'if-match': `"${rowVersion}"` });
    expect(edit.status).toBe(400);
    expect(edit.body.errors[0].field).toBe('contract.endDate');
    expect((await chef.post(`/api/v1/acquisitions/${id}/install`, { name: 'Igen', installedOn: '2027-01-15' }, { 'if-match': `"${installed.body.rowVersion}"` })).status).toBe(409);
  });

  it('lets a system’s contract fields point at an agreement of the register, and back to its own', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const framework = (await chef.post('/api/v1/agreements', { name: 'Ramavtal Kontorsstöd', kind: 'framework', endDate: '2029-03-31', noticeMonths: 3 })).body;
    const system = (await chef.post('/api/v1/applications', systemInput({ name: 'Kontorsstöd', contract: { endDate: '2027-01-01', noticeMonths: 1 } }))).body;
    const linked = await chef.put(`/api/v1/applications/${system.id}`, { ...toInput(system), contract: { endDate: null, noticeMonths: null, agreementId: framework.id } }, { 'if-match': `"${system.rowVersion}"` });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body.contract).toEqual({ endDate: '2029-03-31', noticeMonths: 3, noticeDate: '2028-12-31', agreementId: framework.id, agreement: { id: framework.id, name: 'Ramavtal Kontorsstöd', kind: 'framework' } });
    // Saved again unchanged (agreementId left out), it stays linked.
    const again = await chef.put(`/api/v1/applications/${system.id}`, { ...toInput(linked.body), contract: { endDate: '2029-03-31', noticeMonths: 3 } }, { 'if-match': `"${linked.body.rowVersion}"` });
    expect(again.body.contract.agreementId).toBe(framework.id);
    expect((await chef.get(`/api/v1/agreements/${framework.id}`)).body.systemCount).toBe(1);
    const own = await chef.put(`/api/v1/applications/${system.id}`, { ...toInput(again.body), contract: { endDate: '2030-06-30', noticeMonths: 6, agreementId: null } }, { 'if-match': `"${again.body.rowVersion}"` });
    expect(own.body.contract).toMatchObject({ endDate: '2030-06-30', noticeMonths: 6, agreementId: null, agreement: null });
    // The agreement keeps the system among its links; it is just no longer its contract.
    expect((await chef.get(`/api/v1/agreements/${framework.id}`)).body).toMatchObject({ endDate: '2029-03-31', systemCount: 1 });
    // Back to the agreement and to its own again: the earlier own contract comes back, no twin.
    const back = await chef.put(`/api/v1/applications/${system.id}`, { ...toInput(own.body), contract: { endDate: null, noticeMonths: null, agreementId: framework.id } }, { 'if-match': `"${own.body.rowVersion}"` });
    const ownAgain = await chef.put(`/api/v1/applications/${system.id}`, { ...toInput(back.body), contract: { endDate: '2031-01-31', noticeMonths: 2, agreementId: null } }, { 'if-match': `"${back.body.rowVersion}"` });
    expect(ownAgain.body.contract).toMatchObject({ endDate: '2031-01-31', noticeMonths: 2, agreementId: null });
    const links = await server.database.db.execute(sql`select count(*)::int as n from application_agreements where organisation_id = ${m.id} and application_id = ${system.id}`);
    expect(((links as unknown as { rows: { n: number }[] }).rows ?? (links as unknown as { n: number }[]))[0]!.n).toBe(2);
    const foreign = await chef.put(`/api/v1/applications/${system.id}`, { ...toInput(ownAgain.body), contract: { endDate: null, noticeMonths: null, agreementId: system.id } }, { 'if-match': `"${ownAgain.body.rowVersion}"` });
    expect(foreign.body.errors).toEqual([{ field: 'contract.agreementId', message: 'Finns inte i kommunen.' }]);
  });

  it('edits an agreement under If-Match and refuses those without the right', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const created = (await chef.post('/api/v1/agreements', { name: 'Avtal', kind: 'contract' })).body;
    const body = { name: 'Avtal, förlängt', kind: 'contract', endDate: '2028-12-31' };
    expect((await chef.put(`/api/v1/agreements/${created.id}`, body)).status).toBe(428);
    const ok = await chef.put(`/api/v1/agreements/${created.id}`, body, { 'if-match': `"${created.rowVersion}"` });
    expect(ok.body).toMatchObject({ name: 'Avtal, förlängt', endDate: '2028-12-31' });
    expect((await chef.put(`/api/v1/agreements/${created.id}`, body, { 'if-match': `"${created.rowVersion}"` })).status).toBe(412);
    expect((await (await m.as('forvaltningschef')).post('/api/v1/agreements', body)).status).toBe(403);
    expect((await (await m.as('lasare')).get('/api/v1/agreements')).body.items).toHaveLength(1);
    expect((await chef.post('/api/v1/agreements', { ...body, startDate: '2029-01-01' })).body.errors).toEqual([{ field: 'endDate', message: expect.any(String) }]);
  });
});

describe('above the portfolio threshold, and rules as data', () => {
  it('becomes a project proposal and an agenda item of the next meeting; the unknown 2026 threshold is named', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    await admin.post('/api/v1/rules', { key: 'portfolio_threshold', value: 1_000_000, effectiveFrom: '2020-01-01', description: 'KF:s beslut' });
    // The next meeting is today's, so its decision can be recorded today (never after today).
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const meeting = (await admin.post('/api/v1/council/meetings', { meetingDate: today, location: 'KS-salen' })).body;
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m, { title: 'Nytt verksamhetssystem', estimatedValue: 3_000_000 }))).body.id;
    const done = await walkToProcedure(chef, id);
    expect(done).toMatchObject({ outcome: 'open_or_selective', aboveThreshold: true, project: { name: 'Nytt verksamhetssystem' } });
    // Reported in 2026: the 2026 threshold's kronor value is not entered, so the 2024 value stood in, and the route says so.
    const year = Number(done.reportedOn.slice(0, 4));
    if (year === 2026) {
      expect(done.route.provisional).toBe(true);
      expect(done.route.grounds.rules).toEqual([expect.objectContaining({ rule: 'threshold', amount: 2_389_585, effectiveFrom: '2024-01-01', effectiveUntil: '2025-12-31', unknownNewerFrom: '2026-01-01' })]);
    }
    expect(done.councilItems).toEqual([{ id: expect.any(String), meetingId: meeting.id, meetingDate: today, number: 1, decision: null }]);
    const agenda = (await admin.get(`/api/v1/council/meetings/${meeting.id}`)).body;
    expect(agenda.items[0]).toMatchObject({ subjectKind: 'acquisition', subjectId: id, subjectTitle: 'Nytt verksamhetssystem', title: 'Anskaffning: Nytt verksamhetssystem' });
    const project = (await chef.get(`/api/v1/projects/${done.project.id}`)).body;
    expect(project).toMatchObject({ status: 'idea', departmentIds: [m.departments.a] });
    // The council's approval of the acquisition counts for the project it was proposed as.
    const item = agenda.items[0];
    expect((await admin.put(`/api/v1/council/items/${item.id}/decision`, { decision: 'approved', decisionText: 'Tillstyrks.', decidedOn: today }, { 'if-match': `"${item.rowVersion}"` })).status).toBe(200);
    const withBenefit = await chef.put(
      `/api/v1/projects/${project.id}`,
      { name: project.name, purpose: project.purpose, departmentIds: project.departmentIds, investments: project.investments, benefits: [{ kind: 'direct', description: 'Lägre licenskostnad', yearlyAmount: 900_000, firstYear: year + 1, confidence: 'medium' }] },
      { 'if-match': `"${project.rowVersion}"` },
    );
    expect(withBenefit.status, JSON.stringify(withBenefit.body)).toBe(200);
    for (const to of ['prestudy', 'approved']) {
      const moved = await chef.post(`/api/v1/projects/${project.id}/transitions`, { to }, { 'if-match': `"${(await chef.get(`/api/v1/projects/${project.id}`)).body.rowVersion}"` });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }

    // An admin enters the 2026 value: the route is no longer provisional and uses it.
    const rules = (await admin.get('/api/v1/rules')).body.items as { key: string; value: number | null; effectiveFrom: string }[];
    expect(rules.filter((r) => r.key === 'eu_threshold').map((r) => [r.effectiveFrom, r.value])).toEqual([
      ['2026-01-01', null],
      ['2024-01-01', 2_389_585],
    ]);
    expect(rules.find((r) => r.key === 'prisbasbelopp' && r.effectiveFrom === '2026-01-01')?.value).toBe(59_200);
    const filled = await admin.post('/api/v1/rules', { key: 'eu_threshold', value: 3_100_000, effectiveFrom: '2026-01-01', description: 'Testvärde' });
    expect(filled.status).toBe(201);
    expect((await admin.post('/api/v1/rules', { key: 'eu_threshold', value: 1, effectiveFrom: '2026-01-01', description: 'Igen' })).status).toBe(400);
    if (year === 2026) {
      const again = (await chef.get(`/api/v1/acquisitions/${id}`)).body;
      expect(again.route.provisional).toBe(false);
      expect(again.route.reason).toContain('understiger tröskelvärdet 3\u00a0100\u00a0000 kr');
    }
  });

  it('refuses to install above the threshold until the IT council approved the matter, naming what is missing', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    await admin.post('/api/v1/rules', { key: 'portfolio_threshold', value: 1_000_000, effectiveFrom: '2020-01-01', description: 'KF:s beslut' });
    const chef = await m.as('it_chef');
    const install = async (id: string) => {
      const current = await chef.get(`/api/v1/acquisitions/${id}`);
      return chef.post(`/api/v1/acquisitions/${id}/install`, { name: 'Nytt system', installedOn: current.body.reportedOn }, { 'if-match': current.headers.get('etag')! });
    };
    // No meeting yet: no matter on the council's agenda, and the project is at idé.
    const early = (await chef.post('/api/v1/acquisitions', need(m, { title: 'Utan ärende', estimatedValue: 2_000_000 }))).body.id;
    expect(await walkToProcedure(chef, early)).toMatchObject({ outcome: 'simplified_or_selection', allowed: { install: true }, installBlocked: 'install_council_no_matter' });
    const refusedEarly = await install(early);
    expect(refusedEarly.status).toBe(409);
    expect(refusedEarly.body.code).toBe('install_council_no_matter');

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    await admin.post('/api/v1/council/meetings', { meetingDate: today, location: 'KS-salen' });
    const id = (await chef.post('/api/v1/acquisitions', need(m, { title: 'Stort system', estimatedValue: 2_000_000 }))).body.id;
    const done = await walkToProcedure(chef, id);
    expect(done).toMatchObject({ installBlocked: 'install_council_undecided', councilItems: [{ decision: null }] });
    const refused = await install(id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('install_council_undecided');
    expect(refused.body.detail).toContain('IT-rådets ärende är inte beslutat');
    expect((await chef.get(`/api/v1/acquisitions/${id}`)).body.application).toBeNull();

    const decide = async (acquisitionId: string, meetingId: string, decision: string) => {
      const item = (await admin.get(`/api/v1/council/meetings/${meetingId}`)).body.items.find((i: { subjectId: string }) => i.subjectId === acquisitionId);
      const res = await admin.put(`/api/v1/council/items/${item.id}/decision`, { decision, decisionText: 'Beslut.', decidedOn: today }, { 'if-match': `"${item.rowVersion}"` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    // Returned for more preparation is not an approval.
    const returned = (await chef.post('/api/v1/acquisitions', need(m, { title: 'Återremitterat', estimatedValue: 2_000_000 }))).body.id;
    const returnedDone = await walkToProcedure(chef, returned);
    await decide(returned, returnedDone.councilItems[0].meetingId, 'returned');
    expect((await install(returned)).body.code).toBe('install_council_not_approved');
    await decide(id, done.councilItems[0].meetingId, 'approved');
    expect((await chef.get(`/api/v1/acquisitions/${id}`)).body.installBlocked).toBeNull();
    expect((await install(id)).status).toBe(200);

    // Below the threshold nothing more is needed.
    const small = (await chef.post('/api/v1/acquisitions', need(m, { estimatedValue: 400_000 }))).body.id;
    expect((await walkToProcedure(chef, small)).installBlocked).toBeNull();
    expect((await install(small)).status).toBe(200);
  });

  it('explains the route in English to an English reader, with the grounds as data and nothing Swedish but the sources', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m, { estimatedValue: 100_000 }))).body.id;
    await walkToProcedure(chef, id);
    chef.language = 'en';
    const body = (await chef.get(`/api/v1/acquisitions/${id}`)).body;
    chef.language = null;
    expect(body.route).toMatchObject({ code: 'at_most_direct_limit', reason: 'The value 100,000 SEK is at most the direct-procurement limit of 700,000 SEK: direct procurement.' });
    expect(body.route.grounds).toMatchObject({ value: 100_000, mustDocument: false, rules: [{ rule: 'direct_limit', amount: 700_000 }, { rule: 'documentation_limit', comparison: 'at_most' }] });
  });

  it('writes the council matter Roder makes in the language of the person whose answer made it', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    await admin.post('/api/v1/rules', { key: 'portfolio_threshold', value: 1_000_000, effectiveFrom: '2020-01-01', description: 'KF:s beslut' });
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const meeting = (await admin.post('/api/v1/council/meetings', { meetingDate: today, location: 'KS-salen' })).body;
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m, { title: 'Case management system', estimatedValue: 1_500_000 }))).body.id;
    chef.language = 'en';
    const done = await walkToProcedure(chef, id);
    chef.language = null;
    expect(done.outcome).toBe('simplified_or_selection');
    const item = (await admin.get(`/api/v1/council/meetings/${meeting.id}`)).body.items.find((i: { subjectId: string }) => i.subjectId === id);
    expect(item.title).toBe('Acquisition: Case management system');
    const lines = (item.background as string).split('\n');
    expect(lines[0]).toBe('The value 1,500,000 SEK is above the direct-procurement limit of 700,000 SEK but below the EU threshold of 2,389,585 SEK: simplified or selection procedure.');
    expect(lines[1]).toBe(`The rules in force on ${today}, when the need was reported.`);
    expect(lines[2]).toMatch(/^Direct-procurement limit: 700,000 SEK, in force from 2022-02-01\. LOU 19 kap\. 2 §\. Source: Upphandlingsmyndigheten/);
    expect(lines[3]).toMatch(/^EU threshold: 2,389,585 SEK, in force 2024-01-01–2025-12-31\.( The value in force from 2026-01-01 is not entered; this earlier value was used\.)? LOU 5 kap\. 1 §\. Source: Upphandlingsmyndigheten/);
    // Roder's own words are English; only the sources are quoted as the rules name them.
    expect((item.background as string).replace(/Source: .*$/gm, '')).not.toMatch(/[åäö]|Värdet|gäller|direktupphandling|tröskelvärde/i);
  });
});

describe('the council inbox and the pre-study', () => {
  it('lets the council mark a report received, once', async () => {
    const m = await createTestMunicipality(server);
    const id = (await (await m.as('forvaltningschef')).post('/api/v1/acquisitions', need(m))).body.id;
    const council = await m.as('kommundirektor');
    const before = await council.get(`/api/v1/acquisitions/${id}`);
    expect(before.body.allowed.note).toBe(true);
    expect((await (await m.as('forvaltningschef')).post(`/api/v1/acquisitions/${id}/noted`, {}, { 'if-match': before.headers.get('etag')! })).status).toBe(403);
    const noted = await council.post(`/api/v1/acquisitions/${id}/noted`, {}, { 'if-match': before.headers.get('etag')! });
    expect(noted.body).toMatchObject({ councilNotedByName: 'Klara Kommundirektör', allowed: { note: false } });
    expect((await council.get('/api/v1/acquisitions?noted=false')).body.items).toHaveLength(0);
    expect((await council.get('/api/v1/acquisitions?noted=true')).body.items).toHaveLength(1);
    expect((await council.post(`/api/v1/acquisitions/${id}/noted`, {}, { 'if-match': `"${noted.body.rowVersion}"` })).status).toBe(409);
  });

  it('keeps the pre-study text and attachments, refusing unknown types and bad files', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('forvaltningschef');
    const created = (await chef.post('/api/v1/acquisitions', need(m))).body;
    const saved = await chef.put(`/api/v1/acquisitions/${created.id}/prestudy`, { prestudyText: 'Behovsinventering: 40 användare.' }, { 'if-match': `"${created.rowVersion}"` });
    expect(saved.body.prestudyText).toBe('Behovsinventering: 40 användare.');
    const pdf = Buffer.from('%PDF-1.4 förstudie');
    const added = await chef.post(`/api/v1/acquisitions/${created.id}/attachments`, { fileName: 'Förstudie "v1".pdf', contentBase64: pdf.toString('base64') });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const file = added.body.attachments[0];
    expect(file).toMatchObject({ fileName: 'Förstudie _v1_.pdf', contentType: 'application/pdf', size: pdf.length, uploadedByName: 'Frida Förvaltningschef' });
    const download = await (await m.as('lasare')).get(`/api/v1/acquisitions/${created.id}/attachments/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.raw.equals(pdf)).toBe(true);
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''F%C3%B6rstudie%20_v1_.pdf");
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await chef.post(`/api/v1/acquisitions/${created.id}/attachments`, { fileName: 'virus.exe', contentBase64: 'AAAA' })).body.errors[0].field).toBe('fileName');
    expect((await chef.post(`/api/v1/acquisitions/${created.id}/attachments`, { fileName: 'a.txt', contentBase64: '!!!not base64' })).body.errors[0].field).toBe('contentBase64');
    expect((await (await m.as('lasare')).delete(`/api/v1/acquisitions/${created.id}/attachments/${file.id}`)).status).toBe(403);
  });
});
