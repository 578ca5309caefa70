import type { ProjectInput } from '../../../shared/portfolio.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { addItem, createMeeting, decideItem } from '../council/commands.js';
import { lastCouncilItem } from '../council/queries.js';
import { createProject, transitionProject } from '../portfolio/commands.js';
import { addRuleValue } from '../rules/commands.js';
import { demoProjects } from './projects-content.js';
import { seededRandom } from './random.js';

const ORDER = ['idea', 'prestudy', 'approved', 'in_progress', 'closed'] as const;

/**
 * The demo portfolio and a year of IT council meetings, through the modules' commands: projects
 * above the threshold reach "beslutad" only after the council approved them, as the rule demands.
 */
export async function seedDemoProjects(
  db: Db,
  clock: Clock,
  auth: AuthContext,
  ids: { people: Map<string, string>; departments: Map<string, string>; systems: Map<string, string> },
) {
  const ctx = { db, clock, auth };
  const today = clock.today();
  const year = Number(today.slice(0, 4));
  const rng = seededRandom(20261123);
  await addRuleValue(ctx, { key: 'portfolio_threshold', value: 1_000_000, effectiveFrom: `${year - 3}-01-01`, description: 'Kommunfullmäktiges beslut om projektportfölj: utvecklingsprojekt över 1 000 000 kr under kalkylperioden ingår och beslutas efter IT-rådets tillstyrkan (demo).' });
  await addRuleValue(ctx, { key: 'discount_rate_percent', value: 4, effectiveFrom: `${year - 3}-01-01`, description: 'Kommunens kalkylränta för investeringar, fastställd av ekonomichefen (demo).' });

  // A year of meetings, monthly but for July.
  const meetings: { id: string; date: string }[] = [];
  for (let monthsAgo = 11; monthsAgo >= 0; monthsAgo--) {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(10);
    d.setUTCMonth(d.getUTCMonth() - monthsAgo);
    if (d.getUTCMonth() === 6) continue;
    const date = d.toISOString().slice(0, 10);
    if (date > today) continue;
    meetings.push({ id: await createMeeting(ctx, { body: 'IT-rådet', meetingDate: date, location: 'Stadshuset, sammanträdesrum Ljusnan' }), date });
  }

  for (const [index, p] of demoProjects.entries()) {
    const started = year - (p.status === 'closed' ? 2 : p.status === 'in_progress' ? 1 : 0);
    const investment = Math.round((p.size * 1000 * (0.8 + rng.next() * 0.4)) / 1000) * 1000;
    const running = Math.round((investment * (0.08 + rng.next() * 0.12)) / 1000) * 1000;
    const benefitYear = started + 1;
    const input: ProjectInput = {
      name: p.name,
      kind: p.kind,
      purpose: p.purpose,
      goalIds: [],
      ownerId: ids.people.get(p.ownerKey) ?? null,
      sponsorId: ids.people.get('kommundirektor') ?? null,
      departmentIds: [ids.departments.get(p.departmentCode)!].filter(Boolean),
      startDate: `${started}-0${rng.int(1, 9)}-01`,
      endDate: `${started + rng.int(1, 2)}-12-31`,
      milestones: [
        { title: 'Förstudie klar', dueDate: `${started}-03-31`, doneOn: p.status === 'idea' ? null : `${started}-03-28` },
        { title: 'Upphandling klar', dueDate: `${started}-09-30`, doneOn: p.status === 'in_progress' || p.status === 'closed' ? `${started}-10-05` : null },
        { title: 'Driftsättning', dueDate: `${started + 1}-03-31`, doneOn: p.status === 'closed' ? `${started + 1}-04-12` : null },
      ],
      investments: [{ year: started, amount: investment }],
      yearlyRunningCost: running,
      runningFromYear: started + 1,
      health: p.status === 'in_progress' ? rng.pick(['green', 'green', 'yellow', 'red'] as const) : 'green',
      healthReason: '',
      systems: (p.systems ?? []).filter((name) => ids.systems.has(name)).map((name, i) => ({ applicationId: ids.systems.get(name)!, relation: i === 0 && p.systems!.length > 1 ? 'introduces' : 'changes' })),
      benefits:
        p.status === 'idea' && index % 2 === 0
          ? []
          : [
              { kind: 'direct', description: 'Lägre licens- och driftkostnader', recipient: 'Kommunen', yearlyAmount: Math.round((investment * (0.1 + rng.next() * 0.3)) / 1000) * 1000, hoursPerYear: null, hourlyCost: null, score: null, firstYear: benefitYear, confidence: rng.pick(['low', 'medium', 'high'] as const), measuredBy: 'Ekonomisystemets utfall', kpiId: null },
              { kind: 'indirect', description: 'Frigjord arbetstid', recipient: p.departmentCode, yearlyAmount: null, hoursPerYear: rng.int(200, 3000), hourlyCost: 450, score: null, firstYear: benefitYear, confidence: rng.pick(['low', 'medium'] as const), measuredBy: 'Tidsstudie före och efter', kpiId: null },
              { kind: 'qualitative', description: 'Bättre service till invånarna', recipient: 'Invånarna', yearlyAmount: null, hoursPerYear: null, hourlyCost: null, score: rng.int(2, 5), firstYear: benefitYear, confidence: 'medium', measuredBy: 'Nöjd-Medborgar-Index', kpiId: null },
            ],
      horizonYears: 5,
      actuals: p.status === 'closed' ? [{ year: started, cost: Math.round(investment * (0.9 + rng.next() * 0.4)), benefit: 0 }, { year: started + 1, cost: running, benefit: Math.round(investment * rng.next() * 0.4) }] : [],
      realisation:
        p.status === 'closed'
          ? [{ title: 'Följ upp att nyttan tagits hem', dueDate: `${year}-0${rng.int(1, 9)}-30`, responsibleId: ids.people.get(p.ownerKey) ?? null, doneOn: null, note: '' }]
          : [],
    };
    const id = await createProject(ctx, input);
    let version = 1;
    const target = p.status === 'cancelled' ? 'prestudy' : p.status;
    const needsCouncil = ORDER.indexOf(target as (typeof ORDER)[number]) >= ORDER.indexOf('approved');
    if (needsCouncil && meetings.length) {
      const meeting = meetings[index % meetings.length]!;
      await addItem(ctx, meeting.id, { title: p.name, subjectKind: 'project', subjectId: id, background: p.purpose });
      const itemId = await lastItemOf(db, auth.organisationId, meeting.id);
      await decideItem(ctx, itemId, 1, {
        decision: index % 5 === 0 ? 'approved_with_conditions' : 'approved',
        decisionText: index % 5 === 0 ? 'IT-rådet tillstyrker projektet under förutsättning att nyttan följs upp halvårsvis.' : 'IT-rådet tillstyrker projektet.',
        decidedOn: meeting.date,
        diarienummer: `KS ${meeting.date.slice(0, 4)}/${String(100 + index).padStart(4, '0')}`,
      });
    }
    for (const step of ORDER.slice(1, ORDER.indexOf(target as (typeof ORDER)[number]) + 1)) version = await transitionProject(ctx, id, version, step);
    if (p.status === 'cancelled') version = await transitionProject(ctx, id, version, 'cancelled');
  }

  // Matters that did not end in approval, so the decision log shows every kind of decision.
  if (meetings.length >= 2) {
    const last = meetings[meetings.length - 1]!;
    await addItem(ctx, last.id, { title: 'Anmälan: inköp av skärmläsarlicenser', subjectKind: 'other', subjectId: null, background: 'Anmäls enligt anmälningsplikten.' });
    await decideItem(ctx, await lastItemOf(db, auth.organisationId, last.id), 1, { decision: 'approved', decisionText: 'Anmälan noteras.', decidedOn: last.date, diarienummer: null });
    const previous = meetings[meetings.length - 2]!;
    await addItem(ctx, previous.id, { title: 'Egen app för felanmälan', subjectKind: 'other', subjectId: null, background: 'Förslag från tekniska förvaltningen.' });
    await decideItem(ctx, await lastItemOf(db, auth.organisationId, previous.id), 1, { decision: 'rejected', decisionText: 'Avslås: behovet möts av befintlig e-tjänsteplattform (befintliga lösningar först).', decidedOn: previous.date, diarienummer: null });
    await addItem(ctx, previous.id, { title: 'Molntjänst för videomöten i skolan', subjectKind: 'other', subjectId: null, background: '' });
    await decideItem(ctx, await lastItemOf(db, auth.organisationId, previous.id), 1, { decision: 'returned', decisionText: 'Återremitteras för en informationsklassning och konsekvensbedömning.', decidedOn: previous.date, diarienummer: null });
  }
}

async function lastItemOf(db: Db, organisationId: string, meetingId: string) {
  return (await lastCouncilItem(db, organisationId, meetingId))!;
}
