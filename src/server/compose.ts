import { type BuildOptions, buildApp, type RoderModule } from './platform/app.js';
import { SESSION_COOKIE } from './platform/auth.js';
import { languageFromHeader } from './platform/request-language.js';
import type { RepositoryFactories } from './platform/scope.js';
import { acquisitionRepository } from './modules/acquisitions/repository.js';
import { acquisitionRoutes } from './modules/acquisitions/routes.js';
import { agreementRepository } from './modules/agreements/repository.js';
import { agreementRoutes } from './modules/agreements/routes.js';
import { applicationRepository } from './modules/applications/repository.js';
import { applicationRoutes } from './modules/applications/routes.js';
import { itplanReminderJob } from './modules/itplans/reminder-job.js';
import { attestationReminderJob } from './modules/attestation/reminder-job.js';
import { attestationRepository } from './modules/attestation/repository.js';
import { attestationRoutes } from './modules/attestation/routes.js';
import { qualityRoutes } from './modules/applications/quality-routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { consultationRepository } from './modules/consultations/repository.js';
import { consultationRoutes } from './modules/consultations/routes.js';
import { councilRepository } from './modules/council/repository.js';
import { councilRoutes } from './modules/council/routes.js';
import { eserviceRepository } from './modules/eservices/repository.js';
import { eserviceRoutes } from './modules/eservices/routes.js';
import { eserviceActionRoutes } from './modules/eservices/action-routes.js';
import { itplanRepository } from './modules/itplans/repository.js';
import { municipalPlanRoutes } from './modules/itplans/municipal-routes.js';
import { itplanMergeRoutes } from './modules/itplans/merge-routes.js';
import { itplanRoutes } from './modules/itplans/routes.js';
import { publicItPlanRoutes } from './modules/itplans/public-routes.js';
import { planActionRoutes } from './modules/itplans/action-routes.js';
import { publicDocumentRoutes } from './modules/documents/public-routes.js';
import { documentRepository } from './modules/documents/repository.js';
import { documentRoutes } from './modules/documents/routes.js';
import { responsibilityRoutes } from './modules/documents/responsibility-routes.js';
import { assignmentRoutes } from './modules/documents/assignment-routes.js';
import { publicVersionRoutes } from './modules/documents/public-version-routes.js';
import { kpiRepository } from './modules/goals/repository.js';
import { goalRoutes } from './modules/goals/routes.js';
import { handoverRoutes } from './modules/handover/routes.js';
import { importRoutes } from './modules/imports/routes.js';
import { startImports } from './modules/imports/commands.js';
import { organisationRepository } from './modules/organisation/repository.js';
import { organisationRoutes } from './modules/organisation/routes.js';
import { sessionRoutes } from './modules/organisation/session-routes.js';
import { collaborationRoutes } from './modules/organisation/collaboration-routes.js';
import { loadSession } from './modules/organisation/sessions.js';
import { projectRepository } from './modules/portfolio/repository.js';
import { recordRoutes } from './modules/records/routes.js';
import { portfolioRoutes } from './modules/portfolio/routes.js';
import { ruleRepository } from './modules/rules/repository.js';
import { ruleRoutes } from './modules/rules/routes.js';
import { digestJobs } from './modules/notifications/digest.js';
import { notificationRepository } from './modules/notifications/repository.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import type { Config } from './platform/config.js';
import type { Job } from './platform/jobs.js';

/**
 * The one place that knows every module: it wires their routes and repositories into the
 * platform, which knows none of them.
 */
const repositories = {
  organisation: organisationRepository,
  applications: applicationRepository,
  documents: documentRepository,
  kpis: kpiRepository,
  rules: ruleRepository,
  projects: projectRepository,
  council: councilRepository,
  acquisitions: acquisitionRepository,
  agreements: agreementRepository,
  attestation: attestationRepository,
  notifications: notificationRepository,
  consultations: consultationRepository,
  eservices: eserviceRepository,
  itplans: itplanRepository,
};

type Made<F> = { [K in keyof F]: F[K] extends (...args: never[]) => infer R ? R : never };
declare module './platform/scope.js' {
  interface ScopeRepositories extends Made<typeof repositories> {}
}

const modules: RoderModule[] = [
  { name: 'session', routes: sessionRoutes },
  { name: 'organisation', routes: organisationRoutes },
  { name: 'documents', routes: documentRoutes },
  { name: 'public-documents', routes: publicDocumentRoutes },
  { name: 'document-responsibilities', routes: responsibilityRoutes },
  { name: 'document-assignments', routes: assignmentRoutes },
  { name: 'public-document-versions', routes: publicVersionRoutes },
  { name: 'consultations', routes: consultationRoutes },
  { name: 'goals', routes: goalRoutes },
  { name: 'rules', routes: ruleRoutes },
  { name: 'portfolio', routes: portfolioRoutes },
  { name: 'council', routes: councilRoutes },
  { name: 'acquisitions', routes: acquisitionRoutes },
  { name: 'agreements', routes: agreementRoutes },
  { name: 'eservices', routes: eserviceRoutes },
  { name: 'itplans', routes: itplanRoutes },
  { name: 'plan-actions', routes: planActionRoutes },
  { name: 'eservice-actions', routes: eserviceActionRoutes },
  { name: 'municipal-plan', routes: municipalPlanRoutes },
  { name: 'itplan-merge', routes: itplanMergeRoutes },
  { name: 'public-it-plans', routes: publicItPlanRoutes },
  { name: 'applications', routes: applicationRoutes },
  { name: 'audit', routes: auditRoutes },
  { name: 'attestation', routes: attestationRoutes },
  { name: 'notifications', routes: notificationRoutes },
  { name: 'handover', routes: handoverRoutes },
  { name: 'records', routes: recordRoutes },
  { name: 'quality', routes: qualityRoutes },
  { name: 'collaborations', routes: collaborationRoutes },
  { name: 'imports', routes: importRoutes, start: ({ db, clock, log }) => startImports({ db, clock, log }) },
];

/** Roder with every module: what main.ts, the tests and the benchmarks start. */
export function buildRoder(options: Omit<BuildOptions, 'modules' | 'repositories' | 'resolveCaller'>) {
  return buildApp({
    ...options,
    modules,
    repositories: repositories satisfies RepositoryFactories,
    resolveCaller:
      ({ db, config, clock }) =>
      async (request) => {
        const token = request.cookies[SESSION_COOKIE];
        return token ? loadSession(db, token, config, clock, languageFromHeader(request.headers['accept-language'])) : null;
      },
  });
}

/**
 * Every module's scheduled work, which main.ts starts (platform/jobs.ts runs each period once
 * across servers). A module adds its jobs here: `{ name, schedule, run({ db, clock, period }) }`.
 */
export function scheduledJobs(config: Config, log: (message: string) => void): Job[] {
  // Reminder jobs after the digest (reminders.api.test.ts takes the first other job to be the digest).
  return [attestationReminderJob, ...digestJobs(config, log), itplanReminderJob];
}
