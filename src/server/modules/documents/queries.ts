import type { Db } from '../../platform/db.js';
import { documentRepository } from './repository.js';

/** The documents module's reads for other modules (the demo seeder); writes go through commands.ts. */
export async function documentItemTree(db: Db, organisationId: string, documentId: string) {
  return documentRepository(db, organisationId).items(documentId);
}

export async function documentRowVersion(db: Db, organisationId: string, documentId: string) {
  return (await documentRepository(db, organisationId).get(documentId))?.doc.rowVersion ?? null;
}

/** A document's working state and items, for remiss (which freezes what it sends); null if not in the municipality. */
export async function documentWithItems(db: Db, organisationId: string, documentId: string) {
  const repo = documentRepository(db, organisationId);
  const row = await repo.get(documentId);
  return row ? { doc: row.doc, items: await repo.items(documentId) } : null;
}
