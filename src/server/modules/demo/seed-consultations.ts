import { and, eq } from 'drizzle-orm';
import { addDays } from '../../../shared/dates.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { respondToComment, saveAnswer, sendConsultation, submitAnswer } from '../consultations/commands.js';
import { consultationComments } from '../consultations/schema.js';
import { documentItemTree } from '../documents/queries.js';

/**
 * The demo's draft on remiss (issue 13, item 6): sent to Socialförvaltningen and
 * Barn- och utbildningsförvaltningen, whose heads have answered: one with a comment on the first
 * principle (responded to by the sender), one with "inget att erinra".
 */
export async function seedDemoConsultation(
  db: Db,
  clock: Clock,
  sender: AuthContext,
  as: (personKey: string) => AuthContext,
  departments: Map<string, string>,
  documentId: string,
  rowVersion: number,
) {
  const organisationId = sender.organisationId;
  const id = await sendConsultation({ db, clock, auth: sender }, documentId, rowVersion, {
    personIds: [],
    departmentIds: [departments.get('SOC')!, departments.get('BUF')!],
    lastAnswerOn: addDays(clock.today(), 21),
    coverLetter: 'Förvaltningarna ombeds lämna synpunkter på förslaget till riktlinje. Svara med "inget att erinra" om ni inte har några synpunkter.',
  });
  const [first] = await documentItemTree(db, organisationId, documentId);
  await saveAnswer({ db, clock, auth: as('socchef') }, id, 1, {
    noObjection: false,
    comments: [{ itemId: first!.id, paragraph: null, text: 'Ange vilka AI-tjänster som räknas som öppna, och vem som godkänner en tjänst.' }],
  });
  await submitAnswer({ db, clock, auth: as('socchef') }, id, 2);
  await saveAnswer({ db, clock, auth: as('bufchef') }, id, 1, { noObjection: true, comments: [] });
  await submitAnswer({ db, clock, auth: as('bufchef') }, id, 2);
  // The one comment saved above, read from the module's table (a read, not the module's repository).
  const [comment] = await db
    .select({ id: consultationComments.id, rowVersion: consultationComments.rowVersion })
    .from(consultationComments)
    .where(and(eq(consultationComments.organisationId, organisationId), eq(consultationComments.consultationId, id)));
  await respondToComment({ db, clock, auth: sender }, id, comment!.id, comment!.rowVersion, {
    response: 'partly',
    text: 'En förteckning över godkända AI-tjänster läggs som bilaga; IT-chefen godkänner nya tjänster.',
  });
}
