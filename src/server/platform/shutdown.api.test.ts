import { describe, expect, it } from 'vitest';
import { createTestMunicipality, systemInput } from '../testing/fixtures.js';
import { startTestServer } from '../testing/server.js';

describe('shutting down', () => {
  it('lets requests in flight finish before the database closes, and answers later ones without a 500', async () => {
    const server = await startTestServer();
    const m = await createTestMunicipality(server, 'Stängningskommun');
    const admin = await m.as('admin');
    for (let i = 0; i < 5; i++) await admin.post('/api/v1/applications', systemInput({ name: `System ${i}` }));
    let arrived = 0;
    server.app.server.on('request', () => void arrived++);
    const inFlight = Array.from({ length: 20 }, () => admin.get('/api/v1/applications/export.xlsx'));
    while (arrived < 20) await new Promise((r) => setTimeout(r, 1));
    const closing = server.close();
    const answers = await Promise.all(inFlight);
    await closing;
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
  });
});
