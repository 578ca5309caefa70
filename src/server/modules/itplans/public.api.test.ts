import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../testing/client.js';
import { createTestMunicipality } from '../../testing/fixtures.js';
import { ifMatch, needInput, openRoundWithNeeds } from '../../testing/itplans.js';
import { readPdf } from '../../testing/pdf-text.js';
import { startTestServer, type TestServer } from '../../testing/server.js';

/** Offentlighetsprincipen: a decided municipal IT plan is public, every version; an open round never is (issue 14, item 4). */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const decision = { decidingBody: 'Kommunstyrelsen', decidedOn: '2026-11-30', diarienummer: 'KS 2027/0412', paragraph: '§ 123', note: 'Planen antas.' };

describe('public decided IT plans', () => {
  it('lists the decided versions and shows each frozen as decided, with its PDF, without signing in and without anything internal', async () => {
    const m = await createTestMunicipality(server);
    const { round } = await openRoundWithNeeds(m, { round: { title: 'IT-plan 2027–2029', budgetFrames: [{ year: 2027, amount: 2_000_000 }] } });
    const chef = await m.as('it_chef');
    expect((await chef.post(`/api/v1/plan-rounds/${round.id}/decision`, decision, ifMatch(round.rowVersion))).status).toBe(201);
    // A second round stays open, with a need that must never leave.
    const open = await openRoundWithNeeds(m, { round: { title: 'HEMLIG öppen runda' }, needs: { a: [needInput({ title: 'HEMLIGT öppet behov' })], b: [] } });

    const anyone = new ApiClient(server.url);
    const list = await anyone.get(`/api/public/v1/${m.id}/it-plans`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.municipality).toBe(m.name);
    expect(list.body.items).toEqual([{ roundId: round.id, title: 'IT-plan 2027–2029', firstYear: 2027, lastYear: 2029, version: 1, decision }]);
    expect(JSON.stringify(list.body)).not.toContain('HEMLIG');

    const version = await anyone.get(`/api/public/v1/${m.id}/it-plans/${round.id}/versions/1`);
    expect(version.status, JSON.stringify(version.body)).toBe(200);
    expect(version.body).toMatchObject({ municipality: m.name, version: 1, decision, plan: { round: { id: round.id, status: 'decided', decidedVersion: 1 } } });
    expect(version.body.plan.years[0]).toMatchObject({ year: 2027, frame: 2_000_000 });
    expect(version.body.plan.initiatives.map((i: { title: string }) => i.title)).toContain('E-arkiv för socialtjänstens akter');
    const text = JSON.stringify(version.body);
    for (const internal of ['allowedManage', 'rowVersion', 'decidedBy', 'recordedAt', 'Ivar IT-chef', 'HEMLIG']) expect(text).not.toContain(internal);

    const pdf = await anyone.get(`/api/public/v1/${m.id}/it-plans/${round.id}/versions/1/export.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('it-plan-2027-2029-v1.pdf');
    const pdfText = (await readPdf(pdf.raw)).text;
    expect(pdfText).toContain('Kommunstyrelsen');
    expect(pdfText).toContain('E-arkiv för socialtjänstens akter');
    expect(pdfText).not.toContain('Ivar IT-chef');

    // The open round never leaves: not listed, its version 404 and its PDF 404, even to the signed-in,
    // and even if a frozen version of it were somehow stored, only a decided round's versions are read.
    await server.database.db.execute(
      sql`insert into plan_versions (organisation_id, round_id, version, decision, snapshot) values (${m.id}, ${open.round.id}, 1, ${JSON.stringify(decision)}::jsonb, ${JSON.stringify({ round: { title: 'HEMLIG' } })}::jsonb)`,
    );
    expect(JSON.stringify((await anyone.get(`/api/public/v1/${m.id}/it-plans`)).body)).not.toContain('HEMLIG');
    for (const client of [anyone, chef]) {
      expect((await client.get(`/api/public/v1/${m.id}/it-plans/${open.round.id}/versions/1`)).status).toBe(404);
      expect((await client.get(`/api/public/v1/${m.id}/it-plans/${open.round.id}/versions/1/export.pdf`)).status).toBe(404);
    }
  });

  it('answers 404 for another municipality’s plan, an unknown municipality or version, and 400 for bad ids — never 500', async () => {
    const m = await createTestMunicipality(server);
    const other = await createTestMunicipality(server);
    const { round } = await openRoundWithNeeds(m);
    const chef = await m.as('it_chef');
    expect((await chef.post(`/api/v1/plan-rounds/${round.id}/decision`, decision, ifMatch(round.rowVersion))).status).toBe(201);
    const anyone = new ApiClient(server.url);
    const base = `/api/public/v1/${m.id}/it-plans`;
    expect((await anyone.get(`${base}/${round.id}/versions/1`)).status).toBe(200);

    // Another municipality's path never reaches this round.
    expect((await anyone.get(`/api/public/v1/${other.id}/it-plans`)).body.items).toEqual([]);
    expect((await anyone.get(`/api/public/v1/${other.id}/it-plans/${round.id}/versions/1`)).status).toBe(404);
    expect((await anyone.get(`/api/public/v1/${other.id}/it-plans/${round.id}/versions/1/export.pdf`)).status).toBe(404);
    // Unknown municipality, round or version.
    expect((await anyone.get(`/api/public/v1/${randomUUID()}/it-plans`)).status).toBe(404);
    expect((await anyone.get(`/api/public/v1/${randomUUID()}/it-plans/${round.id}/versions/1`)).status).toBe(404);
    expect((await anyone.get(`${base}/${randomUUID()}/versions/1`)).status).toBe(404);
    expect((await anyone.get(`${base}/${round.id}/versions/2`)).status).toBe(404);
    // Hostile input.
    for (const path of ['/api/public/v1/not-a-uuid/it-plans', `${base}/not-a-uuid/versions/1`, `${base}/${round.id}/versions/x`, `${base}/${round.id}/versions/0`, `${base}/${round.id}/versions/99999999999`, `${base}/${round.id}/versions/1.5`]) {
      const res = await anyone.get(path);
      expect([400, 404], `${path}: ${res.status}`).toContain(res.status);
    }
  });
});
