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

/** Changes after the route was walked: rules, installation, attachments, meetings, partners. */
describe('an acquisition over time', () => {
  it('routes open needs again when a procurement rule changes, so the outcome follows the reason', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    expect((await walkToProcedure(chef, id)).outcome).toBe('direct_procurement');
    // The municipality's own guideline: 1 × prisbasbelopp, far below the 450 000 kr need.
    const added = await (await m.as('admin')).post('/api/v1/rules', { key: 'direct_procurement_limit_pbb', value: 1, effectiveFrom: '2020-01-01', description: 'Riktlinje' });
    expect(added.status).toBe(201);
    const after = (await chef.get(`/api/v1/acquisitions/${id}`)).body;
    expect(after.outcome).toBe('simplified_or_selection');
    expect(after.route.grounds.rules[0]).toMatchObject({ rule: 'direct_limit_pbb', perPbb: 1, comparison: 'above', law: null, source: 'Riktlinje' });
    expect((await chef.get('/api/v1/acquisitions?outcome=direct_procurement')).body.total).toBe(0);
  });

  it('routes on the rules in force when the procurement begins (actual, else planned, else reported), says which, and routes again on rule changes', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const admin = await m.as('admin');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const year = Number(today.slice(0, 4));
    // A lower limit takes effect next year (the guideline of 1 × prisbasbelopp, far below 450 000 kr).
    expect((await admin.post('/api/v1/rules', { key: 'direct_procurement_limit_pbb', value: 1, effectiveFrom: `${year + 1}-01-01`, description: 'Ny riktlinje' })).status).toBe(201);
    expect((await admin.post('/api/v1/rules', { key: 'prisbasbelopp', value: 60_000, effectiveFrom: `${year + 1}-01-01`, description: 'PBB' })).status).toBeLessThan(500);
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    const reported = await walkToProcedure(chef, id);
    expect(reported).toMatchObject({ outcome: 'direct_procurement', routedOn: { date: today, basis: 'reported' }, procurementPlannedOn: null });

    // Reported this year, the procurement planned to begin next February: next year's rules apply.
    const edit = async (overrides: Partial<AcquisitionInputDraft>) => {
      const current = await chef.get(`/api/v1/acquisitions/${id}`);
      return chef.put(`/api/v1/acquisitions/${id}`, need(m, overrides), { 'if-match': current.headers.get('etag')! });
    };
    const planned = await edit({ procurementPlannedOn: `${year + 1}-02-01` });
    expect(planned.status, JSON.stringify(planned.body)).toBe(200);
    expect(planned.body).toMatchObject({ outcome: 'simplified_or_selection', procurementPlannedOn: `${year + 1}-02-01`, routedOn: { date: `${year + 1}-02-01`, basis: 'planned' } });
    expect(planned.body.route.grounds).toMatchObject({
      routedOn: { date: `${year + 1}-02-01`, basis: 'planned' },
      rules: [
        { rule: 'direct_limit_pbb', amount: 60_000, perPbb: 1, effectiveFrom: `${year + 1}-01-01`, effectiveUntil: null },
        { rule: 'prisbasbelopp', amount: 60_000, effectiveFrom: `${year + 1}-01-01` },
        { rule: 'threshold', comparison: 'below' },
      ],
    });

    // A rule change routes it again on the planned date: the guideline is lifted from next March, and the plan moves there.
    expect((await admin.post('/api/v1/rules', { key: 'direct_procurement_limit_pbb', value: 10, effectiveFrom: `${year + 1}-03-01`, description: 'Ändrad riktlinje' })).status).toBe(201);
    expect((await chef.get(`/api/v1/acquisitions/${id}`)).body.outcome).toBe('simplified_or_selection');
    expect((await edit({ procurementPlannedOn: `${year + 1}-03-15` })).body).toMatchObject({ outcome: 'direct_procurement', routedOn: { basis: 'planned' } });
    expect((await admin.post('/api/v1/rules', { key: 'direct_procurement_limit_pbb', value: 2, effectiveFrom: `${year + 1}-03-10`, description: 'Skärpt igen' })).status).toBe(201);
    expect((await chef.get(`/api/v1/acquisitions/${id}`)).body.outcome).toBe('simplified_or_selection');

    // The actual start wins over the plan; it cannot lie after today.
    const future = await edit({ procurementPlannedOn: `${year + 1}-03-15`, procurementStartedOn: `${year + 1}-01-05` });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'procurementStartedOn', message: 'Kan inte ligga efter i dag.' }]);
    const started = await edit({ procurementPlannedOn: `${year + 1}-03-15`, procurementStartedOn: today });
    expect(started.body).toMatchObject({ outcome: 'direct_procurement', procurementStartedOn: today, routedOn: { date: today, basis: 'started' } });
  });

  it('keeps an installed acquisition as it was: no edits of the need or its pre-study', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    const done = await walkToProcedure(chef, id);
    const installed = (await chef.post(`/api/v1/acquisitions/${id}/install`, { name: 'Sys', installedOn: '2199-01-01' }, { 'if-match': `"${done.rowVersion}"` })).body;
    const etag = { 'if-match': `"${installed.rowVersion}"` };
    expect((await chef.put(`/api/v1/acquisitions/${id}`, need(m, { estimatedValue: 5_000_000 }), etag)).status).toBe(409);
    expect((await chef.put(`/api/v1/acquisitions/${id}/prestudy`, { prestudyText: 'Ändrad' }, etag)).status).toBe(409);
    expect((await chef.post(`/api/v1/acquisitions/${id}/attachments`, { fileName: 'a.txt', contentBase64: 'YQ==' })).status).toBe(409);
    expect((await chef.get(`/api/v1/acquisitions/${id}`)).body).toMatchObject({ estimatedValue: 450_000, project: null, councilItems: [] });
  });

  it('lets only an admin remove an attachment, under If-Match, kept and restorable', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('forvaltningschef');
    const created = (await chef.post('/api/v1/acquisitions', need(m))).body;
    const added = (await chef.post(`/api/v1/acquisitions/${created.id}/attachments`, { fileName: 'fel.txt', contentBase64: 'ZmVs' })).body;
    const file = added.attachments[0];
    const path = `/api/v1/acquisitions/${created.id}/attachments/${file.id}`;
    expect((await chef.delete(path, { 'if-match': `"${added.rowVersion}"` })).status).toBe(403);
    const admin = await m.as('admin');
    expect((await admin.delete(path)).status).toBe(428);
    expect((await admin.delete(path, { 'if-match': `"${added.rowVersion}"` })).status).toBe(204);
    expect((await chef.get(`/api/v1/acquisitions/${created.id}`)).body.attachments).toEqual([]);
    expect((await chef.get(path)).status).toBe(404);
    const seen = (await admin.get(`/api/v1/acquisitions/${created.id}`)).body;
    expect(seen.attachments).toEqual([expect.objectContaining({ id: file.id, archived: true })]);
    expect((await admin.get(path)).status).toBe(200);
    const restored = await admin.post(`${path}/restore`, {}, { 'if-match': `"${seen.rowVersion}"` });
    expect(restored.body.attachments).toEqual([expect.objectContaining({ id: file.id, archived: false })]);
    expect((await chef.get(path)).raw.toString()).toBe('fel');
  });

  it('puts an above-threshold acquisition on the agenda once a meeting exists', async () => {
    const m = await createTestMunicipality(server);
    const admin = await m.as('admin');
    await admin.post('/api/v1/rules', { key: 'portfolio_threshold', value: 1_000_000, effectiveFrom: '2020-01-01', description: 'KF' });
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m, { estimatedValue: 2_000_000 }))).body.id;
    const done = await walkToProcedure(chef, id);
    expect(done.project).not.toBeNull();
    expect(done.councilItems).toEqual([]);
    await admin.post('/api/v1/council/meetings', { meetingDate: '2199-02-01' });
    const again = await answer(chef, id, { step: 'agreement', exists: false, comment: 'Rådet har nu ett möte' });
    expect(again.body.councilItems).toHaveLength(1);
    expect((await chef.get('/api/v1/projects')).body.items.filter((p: { name: string }) => p.name === done.title)).toHaveLength(1);
  });

  it('calls off only a framework agreement in force on the need’s date', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const expired = (await chef.post('/api/v1/agreements', { name: 'Utgånget', kind: 'framework', startDate: '2015-01-01', endDate: '2019-12-31' })).body;
    const contract = (await chef.post('/api/v1/agreements', { name: 'Ett avtal', kind: 'contract' })).body;
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    for (const body of [{ step: 'internal', covered: false }, { step: 'partner', covered: false }, { step: 'prestudy', result: 'purchase' }]) await answer(chef, id, body);
    const late = await answer(chef, id, { step: 'agreement', exists: true, agreementId: expired.id });
    expect(late.body.errors).toEqual([{ field: 'agreementId', message: expect.stringContaining('gällde inte') }]);
    const wrongKind = await answer(chef, id, { step: 'agreement', exists: true, agreementId: contract.id });
    expect(wrongKind.body.errors).toEqual([{ field: 'agreementId', message: expect.stringContaining('ramavtal') }]);
    expect((await chef.post('/api/v1/agreements', { name: 'Kort', kind: 'framework', startDate: '2030-01-01', endDate: '2030-06-30', noticeMonths: 12 })).body.errors).toEqual([
      { field: 'noticeMonths', message: expect.any(String) },
    ]);
  });

  it('shows a partner’s system as it was when answered, even after the partner stops sharing it', async () => {
    const m = await createTestMunicipality(server);
    const partner = await createTestMunicipality(server, 'Partnerkommun');
    await createCollaboration(server.database.db, 'Samverkan', [m.id, partner.id]);
    const partnerAdmin = await partner.as('admin');
    const shared = (await partnerAdmin.post('/api/v1/applications', systemInput({ name: 'Delat arkiv', capabilityIds: [caps['ADM.DOKUMENT']!], sharedWithCollaboration: true }))).body;
    const chef = await m.as('it_chef');
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    await answer(chef, id, { step: 'internal', covered: false });
    await answer(chef, id, { step: 'partner', covered: true, systemId: shared.id });
    await partnerAdmin.put(`/api/v1/applications/${shared.id}`, { ...toInput(shared), name: 'HEMLIGT NYTT NAMN', sharedWithCollaboration: false }, { 'if-match': `"${shared.rowVersion}"` });
    const seen = await chef.get(`/api/v1/acquisitions/${id}`);
    expect(seen.body.answers.at(-1).system).toEqual({ id: shared.id, name: 'Delat arkiv', municipality: partner.name });
    expect(seen.raw.toString()).not.toContain('HEMLIGT');
  });

  it('neutralises direction-changing characters in attachment names', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('it_chef');
    const created = (await chef.post('/api/v1/acquisitions', need(m))).body;
    const added = await chef.post(`/api/v1/acquisitions/${created.id}/attachments`, { fileName: 'e\u202efdp.txt', contentBase64: 'YQ==' });
    expect(added.body.attachments[0].fileName).toBe('e_fdp.txt');
  });

  it('lets the department withdraw a need with a reason, and take it up again where it stood', async () => {
    const m = await createTestMunicipality(server);
    const chef = await m.as('forvaltningschef');
    const id = (await chef.post('/api/v1/acquisitions', need(m))).body.id;
    await answer(chef, id, { step: 'internal', covered: false });
    const before = (await chef.get(`/api/v1/acquisitions/${id}`)).body;
    expect((await chef.post(`/api/v1/acquisitions/${id}/withdraw`, { reason: '  ' }, { 'if-match': `"${before.rowVersion}"` })).body.errors).toEqual([{ field: 'reason', message: expect.any(String) }]);
    expect((await (await m.as('lasare')).post(`/api/v1/acquisitions/${id}/withdraw`, { reason: 'Nej' }, { 'if-match': `"${before.rowVersion}"` })).status).toBe(403);
    expect((await chef.post(`/api/v1/acquisitions/${id}/withdraw`, { reason: 'Behovet löses i regionens system.' })).status).toBe(428);
    const withdrawn = await chef.post(`/api/v1/acquisitions/${id}/withdraw`, { reason: 'Behovet löses i regionens system.' }, { 'if-match': `"${before.rowVersion}"` });
    expect(withdrawn.body).toMatchObject({ step: null, outcome: 'withdrawn', withdrawn: { byName: 'Frida Förvaltningschef', reason: 'Behovet löses i regionens system.' }, allowed: { answer: false, withdraw: false, reopen: true } });
    expect(withdrawn.body.route).toMatchObject({ code: 'withdrawn', reason: expect.stringContaining('Behovet återkallades'), grounds: null });
    expect((await answer(chef, id, { step: 'partner', covered: false })).status).toBe(409);
    expect((await chef.get('/api/v1/acquisitions?outcome=withdrawn')).body.total).toBe(1);
    // A rule change leaves it withdrawn.
    await (await m.as('admin')).post('/api/v1/rules', { key: 'direct_procurement_limit_pbb', value: 1, effectiveFrom: '2020-01-01', description: 'Riktlinje' });
    expect((await chef.get(`/api/v1/acquisitions/${id}`)).body.outcome).toBe('withdrawn');
    const current = (await chef.get(`/api/v1/acquisitions/${id}`)).body;
    const reopened = await chef.post(`/api/v1/acquisitions/${id}/reopen`, {}, { 'if-match': `"${current.rowVersion}"` });
    expect(reopened.body).toMatchObject({ step: 'partner', outcome: null, withdrawn: null, allowed: { withdraw: true, reopen: false } });
    expect((await chef.post(`/api/v1/acquisitions/${id}/reopen`, {}, { 'if-match': `"${reopened.body.rowVersion}"` })).status).toBe(409);
  });
});
