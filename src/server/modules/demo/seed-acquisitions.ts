import { and, eq } from 'drizzle-orm';
import type { AuthContext } from '../../platform/auth.js';
import { type Clock, fixedClock } from '../../platform/clock.js';
import { addDays, addMonths } from '../../../shared/dates.js';
import type { Db } from '../../platform/db.js';
import { answerStep, install, noteByCouncil, reportNeed, withdraw } from '../acquisitions/commands.js';
import { savePrestudy } from '../acquisitions/prestudy-commands.js';
import { createAgreement } from '../agreements/commands.js';
import { applications } from '../applications/schema.js';
import { createMeeting, decideItem } from '../council/commands.js';
import { itemsAbout } from '../council/queries.js';
import { organisations } from '../organisation/schema.js';
import { type DemoAnswer, demoAcquisitions, demoAgreements } from './acquisitions-content.js';


/** The clock of a day, at a given hour (Swedish working hours in UTC). */
const on = (date: string, hour: number) => fixedClock(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

/**
 * The agreements register and a dozen acquisitions (one withdrawn), each walked through the acquisitions module's
 * commands on its own dates by the people who would answer, so the route, the council's inbox, the
 * projects above the threshold and the audit trail are what the product itself makes of them.
 */
export async function seedDemoAcquisitions(
  db: Db,
  clock: Clock,
  as: (personKey: string) => AuthContext,
  ids: { departments: Map<string, string>; capabilities: Map<string, string>; systems: Map<string, string>; partnerName: string },
) {
  const today = clock.today();
  const admin = as('admin');
  const agreementIds = new Map<string, string>();
  for (const a of demoAgreements) {
    const id = await createAgreement(
      { db, clock, auth: as('itchef') },
      {
        name: a.name,
        kind: a.kind,
        supplier: a.supplier,
        reference: a.reference,
        description: a.description,
        capabilityIds: a.capabilityCodes.map((c) => ids.capabilities.get(c)!),
        startDate: addDays(today, a.startInDays),
        endDate: addDays(today, a.endInDays),
        noticeMonths: a.noticeMonths,
        extensionOptions: a.extensionOptions,
      },
    );
    agreementIds.set(a.name, id);
  }
  // The council's next meeting, where acquisitions reaching it from now on are put.
  await createMeeting({ db, clock, auth: admin }, { body: 'IT-rådet', meetingDate: `${addMonths(today, 1).slice(0, 8)}10`, location: 'Stadshuset, sammanträdesrum Ljusnan' });

  const [partner] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, ids.partnerName));
  const partnerSystem = async (name: string) => {
    const [row] = await db.select({ id: applications.id }).from(applications).where(and(eq(applications.organisationId, partner!.id), eq(applications.name, name)));
    return row!.id;
  };
  const toInput = async (a: DemoAnswer) => {
    const comment = a.comment ?? '';
    switch (a.step) {
      case 'internal':
        return a.covered ? { step: a.step, covered: true, systemId: ids.systems.get(a.systemName)!, comment } : { step: a.step, covered: false, systemId: null, comment };
      case 'partner':
        return a.covered ? { step: a.step, covered: true, systemId: await partnerSystem(a.partnerSystemName), comment } : { step: a.step, covered: false, systemId: null, comment };
      case 'prestudy':
        return { step: a.step, result: a.result, comment };
      case 'agreement':
        return a.exists ? { step: a.step, exists: true, agreementId: agreementIds.get(a.agreementName)!, comment } : { step: a.step, exists: false, agreementId: null, comment };
    }
  };

  for (const d of demoAcquisitions) {
    const reportedOn = addDays(today, -d.reportedDaysAgo);
    const id = await reportNeed(
      { db, clock: on(reportedOn, 8), auth: as(d.reporterKey) },
      {
        title: d.title,
        needText: d.needText,
        capabilityIds: d.capabilityCodes.map((c) => ids.capabilities.get(c)!),
        departmentId: ids.departments.get(d.departmentCode)!,
        estimatedValue: d.estimatedValue,
        neededBy: d.neededInDays === null ? null : addDays(today, d.neededInDays),
        procurementPlannedOn: null,
        procurementStartedOn: null,
      },
    );
    let version = 1;
    // The council takes note of the report at its next working day.
    if (d.notedByCouncil) version = await noteByCouncil({ db, clock: on(addDays(reportedOn, 1), 9), auth: as('itstrateg') }, id, version);
    let day = 2;
    for (const answer of d.answers) {
      const at = on(addDays(reportedOn, Math.min(day, d.reportedDaysAgo)), 10);
      if (answer.step === 'prestudy' && d.prestudyText) version = await savePrestudy({ db, clock: at, auth: as(d.guideKey) }, id, version, d.prestudyText);
      version = await answerStep({ db, clock: at, auth: as(d.guideKey) }, id, version, (await toInput(answer)) as never);
      day += Math.max(1, Math.round(d.reportedDaysAgo / 8));
    }
    if (d.prestudyText && !d.answers.some((a) => a.step === 'prestudy')) {
      version = await savePrestudy({ db, clock: on(addDays(reportedOn, Math.min(day, d.reportedDaysAgo)), 10), auth: as(d.guideKey) }, id, version, d.prestudyText);
    }
    if (d.councilDecision) {
      for (const item of await itemsAbout(db, admin.organisationId, id)) {
        if (item.meetingDate > today || item.decision !== null) continue;
        await decideItem({ db, clock: on(item.meetingDate, 14), auth: as('kommundirektor') }, item.id, 1, {
          decision: d.councilDecision.decision,
          decisionText: d.councilDecision.text,
          decidedOn: item.meetingDate,
          diarienummer: null,
        });
      }
    }
    if (d.withdraw) {
      version = await withdraw({ db, clock: on(addDays(today, -d.withdraw.daysAgo), 11), auth: as(d.guideKey) }, id, version, d.withdraw.reason);
    }
    if (d.install) {
      const installedOn = addDays(today, -d.install.daysAgo);
      await install({ db, clock: on(installedOn, 12), auth: as(d.guideKey) }, id, version, {
        name: d.install.name,
        vendor: d.install.vendor,
        purchaseKind: d.install.purchaseKind,
        agreementId: null,
        installedOn,
      });
    }
  }
}
