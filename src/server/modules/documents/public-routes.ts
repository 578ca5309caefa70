import { publicDocumentEndpoints as endpoints } from '../../../shared/endpoints/documents.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/request-language.js';
import { documentRepository } from './repository.js';

/**
 * Offentlighetsprincipen: a municipality's decided steering documents, readable without signing
 * in. Only decided versions leave here; drafts and consultations never do.
 */
export function publicDocumentRoutes(routes: Routes, { db }: AppDeps) {
  // No caller, so no request scope: the municipality named in the path is the scope, and only
  // its decided versions are read.

  async function versionsOf(organisationId: string) {
    const repo = documentRepository(db, organisationId);
    const name = await repo.organisationName();
    if (!name) throw notFound();
    return { name, rows: await repo.publicVersions() };
  }

  routes.on(endpoints.list, async (request) => {
      const { name, rows } = await versionsOf(request.params.organisationId);
      const en = requestLanguage(request) === 'en';
      return {
        municipality: name,
        items: rows.map((r) => ({
          id: r.version.documentId,
          title: r.version.title,
          typeName: en ? r.typeNameEn : r.typeNameSv,
          diarienummer: r.version.diarienummer,
          status: r.status === 'repealed' || r.status === 'replaced' ? (r.status as 'repealed' | 'replaced') : ('adopted' as const),
          decidedOn: r.version.decidedOn,
          version: r.version.version,
        })),
      };
    });

  routes.on(endpoints.get, async (request) => {
      const { rows } = await versionsOf(request.params.organisationId);
      const row = rows.find((r) => r.version.documentId === request.params.id);
      if (!row) throw notFound();
      const en = requestLanguage(request) === 'en';
      return {
        id: row.version.documentId,
        title: row.version.title,
        typeName: en ? row.typeNameEn : row.typeNameSv,
        diarienummer: row.version.diarienummer,
        status: row.status === 'repealed' || row.status === 'replaced' ? (row.status as 'repealed' | 'replaced') : ('adopted' as const),
        decidingBody: row.version.decidingBody,
        decidedOn: row.version.decidedOn,
        validFrom: row.version.validFrom,
        validTo: row.version.validTo,
        version: row.version.version,
        body: row.version.body,
        items: row.version.items,
      };
    });
}
