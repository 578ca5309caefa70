import type { DocumentInputDraft } from '../../shared/documents.js';
import type { ApiClient } from './client.js';
import type { Municipality } from './fixtures.js';

/** A policy owned by the municipality's IT-chef, read with `client`; override what the test is about. */
export async function policyInput(client: ApiClient, m: Municipality, overrides: Partial<DocumentInputDraft> = {}): Promise<DocumentInputDraft> {
  const types = (await client.get('/api/v1/document-types')).body.items as { id: string; key: string }[];
  return { title: 'IT-policy', typeId: types.find((t) => t.key === 'policy')!.id, ownerId: m.people.it_chef.personId, body: '', items: [], ...overrides };
}
