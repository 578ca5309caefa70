import type { AgreementDetail } from '../../../shared/agreements.js';
import { agreementEndpoints as endpoints } from '../../../shared/endpoints/agreements.js';
import { addMonths } from '../../../shared/dates.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { createAgreement, updateAgreement } from './commands.js';
import { type agreementRepository, statusOn } from './repository.js';

type Listed = NonNullable<Awaited<ReturnType<ReturnType<typeof agreementRepository>['get']>>>;

function presentSummary({ row, supplier, systemCount, capabilityNames }: Listed, today: string) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AgreementDetail['kind'],
    supplier,
    reference: row.reference,
    startDate: row.startDate,
    endDate: row.endDate,
    noticeMonths: row.noticeMonths,
    noticeDate: row.endDate && row.noticeMonths !== null ? addMonths(row.endDate, -row.noticeMonths) : null,
    status: statusOn(row, today),
    capabilityNames,
    systemCount,
    rowVersion: row.rowVersion,
  };
}

async function presentAgreement(scope: RequestScope, id: string): Promise<AgreementDetail> {
  const repo = scope.repos.agreements;
  const found = await repo.get(id, scope.auth.language);
  if (!found) throw notFound();
  const capabilityIds = await repo.capabilityIds(id);
  const systems = await repo.systems(id);
  const acquisitions = await repo.acquisitions(id);
  return {
    ...presentSummary(found, scope.clock.today()),
    description: found.row.description,
    extensionOptions: found.row.extensionOptions,
    capabilityIds,
    systems,
    acquisitions,
    allowedEdit: scope.can('agreement.manage'),
    archived: found.row.archivedAt !== null,
  };
}

/** The agreements register: framework agreements (ramavtal) and contracts, read with the register's permission. */
export function agreementRoutes(routes: Routes, { clock }: AppDeps) {
  routes.on(endpoints.list, async ({ scope, query }) => {
    const today = clock.today();
    const { rows, total } = await scope.repos.agreements.list(query, today, scope.auth.language);
    return { items: rows.map((r) => presentSummary(r, today)), total, page: query.page, pageSize: query.pageSize, allowedCreate: scope.can('agreement.manage') };
  });

  routes.on(endpoints.create, async ({ scope, body }, reply) => {
    const created = await presentAgreement(scope, await createAgreement(scope, body));
    setEtag(reply, created.rowVersion);
    return created;
  });

  routes.on(endpoints.get, async ({ scope, params }, reply) => {
    const body = await presentAgreement(scope, params.id);
    setEtag(reply, body.rowVersion);
    return body;
  });

  routes.on(endpoints.update, async (request, reply) => {
    const { scope, params } = request;
    await updateAgreement(scope, params.id, expectedVersion(request), request.body);
    const body = await presentAgreement(scope, params.id);
    setEtag(reply, body.rowVersion);
    return body;
  });
}
