import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../shared/common.js';
import { publicDocument, publicDocumentList } from '../../../shared/documents.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/request-language.js';
import { documentRepository } from './repository.js';

const tags = ['public'];

/**
 * Offentlighetsprincipen: a municipality's decided steering documents, readable without signing
 * in. Only decided versions leave here; drafts and consultations never do.
 */
export async function publicDocumentRoutes(app: FastifyInstance, { db }: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function versionsOf(organisationId: string) {
    const repo = documentRepository(db, organisationId);
    const name = await repo.organisationName();
    if (!name) throw notFound();
    return { name, rows: await repo.publicVersions() };
  }

  api.get(
    '/api/public/v1/:organisationId/documents',
    { schema: { tags, summary: 'Decided steering documents of a municipality', params: z.object({ organisationId: uuid }), response: { 200: publicDocumentList } }, config: { public: true } },
    async (request) => {
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
    },
  );

  api.get(
    '/api/public/v1/:organisationId/documents/:id',
    { schema: { tags, summary: 'The decided version in force of one document', params: z.object({ organisationId: uuid, id: uuid }), response: { 200: publicDocument } }, config: { public: true } },
    async (request) => {
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
    },
  );
}
