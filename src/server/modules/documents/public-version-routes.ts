import { publicVersionEndpoints as endpoints } from '../../../shared/endpoints/public-versions.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/request-language.js';
import { documentRepository } from './repository.js';
import { versionResponsibilities } from './responsibilities.js';

/**
 * Offentlighetsprincipen for each decided version on its own (issue 13, item 8). No caller, so the
 * municipality named in the path is the scope; only rows of document_versions (decided versions)
 * are read, so a draft never leaves here.
 */
export function publicVersionRoutes(routes: Routes, { db }: AppDeps) {
  /** The published document and its decided versions, newest first; 404 for none, archived, or another municipality's. */
  async function versionsOf(organisationId: string, documentId: string) {
    const repo = documentRepository(db, organisationId);
    const row = await repo.get(documentId);
    if (!row || row.doc.adoptedVersion === null) throw notFound();
    const versions = await repo.versions(documentId);
    const inForce = (version: number) => version === row.doc.adoptedVersion && row.doc.status !== 'repealed' && row.doc.status !== 'replaced';
    return { repo, row, versions, inForce };
  }

  const decision = (v: { version: number; title: string; diarienummer: string | null; decidingBody: string | null; decidedOn: string | null }, inForce: boolean) => ({
    version: v.version,
    title: v.title,
    diarienummer: v.diarienummer,
    decidingBody: v.decidingBody,
    decidedOn: v.decidedOn,
    inForce,
  });

  routes.on(endpoints.list, async ({ params }) => {
    const { versions, inForce } = await versionsOf(params.organisationId, params.id);
    return { items: versions.map((v) => decision(v, inForce(v.version))) };
  });

  routes.on(endpoints.get, async (request) => {
    const { params } = request;
    const { repo, row, versions, inForce } = await versionsOf(params.organisationId, params.id);
    const index = versions.findIndex((v) => v.version === params.version);
    if (index < 0) throw notFound();
    const target = versions[index]!;
    const status = row.doc.status === 'repealed' || row.doc.status === 'replaced' ? row.doc.status : 'adopted';
    return {
      documentId: params.id,
      municipality: (await repo.organisationName()) ?? '',
      ...decision(target, inForce(target.version)),
      typeName: requestLanguage(request) === 'en' ? row.type.nameEn : row.type.nameSv,
      validFrom: target.validFrom,
      validTo: target.validTo,
      body: target.body,
      items: target.items,
      responsibilities: await versionResponsibilities(db, params.organisationId, params.id, target.version),
      status: status as 'adopted' | 'repealed' | 'replaced',
      previousVersion: versions[index + 1]?.version ?? null,
      nextVersion: index > 0 ? versions[index - 1]!.version : null,
    };
  });
}
