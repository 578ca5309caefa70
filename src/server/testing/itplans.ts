import type { DepartmentPlan, Need, NeedInputDraft, RoundDetail } from '../../shared/itplans.js';
import type { ApiClient } from './client.js';
import type { Municipality } from './fixtures.js';

/** `If-Match` for a row version. */
export const ifMatch = (rowVersion: number) => ({ 'if-match': `"${rowVersion}"` });

/** A valid need; override what the test is about. */
export function needInput(overrides: Partial<NeedInputDraft> = {}): NeedInputDraft {
  return {
    title: 'E-arkiv för verksamhetens akter',
    description: 'Slutarkivera avslutade ärenden digitalt i stället för på papper.',
    priority: 2,
    costs: [
      { year: 2027, investment: 400_000, running: 0 },
      { year: 2028, investment: 0, running: 80_000 },
    ],
    ...overrides,
  };
}

/**
 * Two departments' needs with a real duplicate between them (an e-archive, worded differently) and
 * one need of their own each: what candidates, the municipal plan and the demo start from.
 * @public (for the other IT-plan tests)
 */
export const defaultNeeds: { a: NeedInputDraft[]; b: NeedInputDraft[] } = {
  a: [
    needInput({ title: 'E-arkiv för socialtjänstens akter', description: 'Socialtjänstens avslutade akter ska arkiveras digitalt i ett e-arkiv.', priority: 1 }),
    needInput({ title: 'Mobil dokumentation i hemtjänsten', description: 'Hemtjänstens personal dokumenterar insatser i mobilen ute hos brukaren.', costs: [{ year: 2028, investment: 250_000, running: 60_000 }] }),
  ],
  b: [
    needInput({ title: 'E-arkivering av elevakter', description: 'Elevakter och betyg arkiveras digitalt i kommunens e-arkiv.', priority: 1 }),
    needInput({ title: 'Lärplattform för grundskolan', description: 'En gemensam lärplattform för alla grundskolor.', costs: [{ year: 2027, investment: 150_000, running: 300_000 }] }),
  ],
};

export interface RoundWithNeeds {
  round: RoundDetail;
  /** Each department's plan as it is after the needs (and the submit, when asked). */
  plans: { a: DepartmentPlan; b: DepartmentPlan };
  needs: { a: Need[]; b: Need[] };
}

async function ok<T>(response: Promise<{ status: number; body: unknown }>, status: number, what: string): Promise<T> {
  const res = await response;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** A department's plan as the client reads it. */
export const getPlan = (client: ApiClient, planId: string) => ok<DepartmentPlan>(client.get(`/api/v1/department-plans/${planId}`), 200, 'read plan');

/**
 * Opens a round through HTTP (the IT-chef) for the municipality's two departments, writes needs in
 * both — department a's by its head of department, b's by the admin (b has no head in the test
 * municipality) — and, unless `submit: false`, submits both plans so every need has its initiative.
 */
export async function openRoundWithNeeds(
  m: Municipality,
  options: { round?: Record<string, unknown>; needs?: { a?: NeedInputDraft[]; b?: NeedInputDraft[] }; submit?: boolean } = {},
): Promise<RoundWithNeeds> {
  const chef = await m.as('it_chef');
  const round = await ok<RoundDetail>(
    chef.post('/api/v1/plan-rounds', { title: 'IT-plan 2027–2029', firstYear: 2027, lastYear: 2029, budgetYear: 2027, deadline: '2027-03-31', departmentIds: [m.departments.a, m.departments.b], ...options.round }),
    201,
    'open round',
  );
  const planOf = (departmentId: string) => round.progress.find((p) => p.department.id === departmentId)!.planId;
  const writers: { key: 'a' | 'b'; client: ApiClient }[] = [
    { key: 'a', client: await m.as('forvaltningschef') },
    { key: 'b', client: await m.as('admin') },
  ];
  const needs: RoundWithNeeds['needs'] = { a: [], b: [] };
  const plans = {} as RoundWithNeeds['plans'];
  for (const { key, client } of writers) {
    const planId = planOf(m.departments[key]);
    for (const input of options.needs?.[key] ?? defaultNeeds[key]) {
      needs[key].push(await ok<Need>(client.post(`/api/v1/department-plans/${planId}/needs`, input), 201, `add need to ${key}`));
    }
    plans[key] = await getPlan(client, planId);
    if (options.submit !== false) plans[key] = await ok<DepartmentPlan>(client.post(`/api/v1/department-plans/${planId}/submit`, {}, ifMatch(plans[key].rowVersion)), 200, `submit ${key}`);
    needs[key] = plans[key].needs;
  }
  return { round: await ok<RoundDetail>(chef.get(`/api/v1/plan-rounds/${round.id}`), 200, 'read round'), plans, needs };
}
