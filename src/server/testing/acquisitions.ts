import type { AcquisitionInputDraft } from '../../shared/acquisitions.js';
import type { ApiClient } from './client.js';
import { createTestMunicipality, type Municipality } from './fixtures.js';
import { startTestServer } from './server.js';

/** A test server for the acquisition tests and the catalogue's capability ids by code (`caps`). */
export async function startAcquisitionTestServer() {
  const server = await startTestServer();
  const m = await createTestMunicipality(server, 'Katalogkommun');
  const list = (await (await m.as('admin')).get('/api/v1/capabilities')).body.items as { id: string; code: string }[];
  return { server, caps: Object.fromEntries(list.map((c) => [c.code, c.id])) as Record<string, string> };
}

/** A reported need; override what the test is about. `caps` maps capability codes to ids. */
export const needInput = (m: Municipality, caps: Record<string, string>, overrides: Partial<AcquisitionInputDraft> = {}): AcquisitionInputDraft => ({
  title: 'Digital signering av avtal',
  needText: 'Socialförvaltningen behöver signera avtal med e-legitimation.',
  capabilityIds: [caps['ADM.DOKUMENT']!],
  departmentId: m.departments.a,
  estimatedValue: 450_000,
  neededBy: '2027-06-30',
  ...overrides,
});

/** Answers one step at the version last read; returns the response. */
export async function answerStep(client: ApiClient, id: string, body: Record<string, unknown>) {
  const current = await client.get(`/api/v1/acquisitions/${id}`);
  return client.post(`/api/v1/acquisitions/${id}/answers`, body, { 'if-match': current.headers.get('etag')! });
}

/** Not internal, not in the collaboration, the pre-study says buy, no agreement: the procedure follows. */
export async function walkToProcedure(client: ApiClient, id: string) {
  for (const body of [
    { step: 'internal', covered: false, comment: 'Inget eget system har e-signering.' },
    { step: 'partner', covered: false, comment: 'Partnernas system saknar integration med vårt ärendesystem.' },
    { step: 'prestudy', result: 'purchase', comment: 'Marknadsdialog gav tre leverantörer.' },
    { step: 'agreement', exists: false, comment: 'Skäl för direktupphandling: inget ramavtal täcker behovet och värdet är lågt.' },
  ]) {
    const res = await answerStep(client, id, body);
    if (res.status !== 200) throw new Error(`answer ${body.step}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return (await client.get(`/api/v1/acquisitions/${id}`)).body;
}

/** A system's detail as input again (the fields the input takes). */
export function systemAsInput(detail: Record<string, any>) {
  return {
    name: detail.name,
    vendor: detail.vendor,
    versions: detail.versions,
    kind: detail.kind,
    description: detail.description,
    lifecycle: detail.lifecycle,
    assessment: detail.assessment,
    yearlyCost: detail.yearlyCost,
    ownerId: detail.ownerId,
    managerId: detail.managerId,
    departmentIds: detail.departmentIds,
    capabilityIds: detail.capabilityIds,
    personalData: detail.personalData,
    classification: detail.classification,
    integrations: [],
    disruptionTests: [],
    sharedWithCollaboration: detail.sharedWithCollaboration,
  };
}
