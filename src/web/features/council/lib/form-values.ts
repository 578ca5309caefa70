import type { BodyInputOf } from '../../../../shared/endpoint';
import type { councilEndpoints } from '../../../../shared/endpoints/council';
import type { decisions, participantRoles, subjectKinds } from '../../../../shared/council';
import { unset } from '../../../kit/forms/unset';

/** A meeting's fields as the inputs hold them; the paths are the API's, so its field errors land on them. */
export interface MeetingValues {
  body: string;
  meetingDate: string;
  location: string;
}

export function toMeetingInput(v: MeetingValues): BodyInputOf<typeof councilEndpoints.createMeeting> {
  return { body: v.body, meetingDate: unset(v.meetingDate), location: v.location };
}

/** A matter's fields as the inputs hold them. */
export interface ItemValues {
  title: string;
  subjectKind: (typeof subjectKinds)[number];
  subjectId: string;
  background: string;
}

/** The input the API takes; a matter without a title of its own is called by its subject's name (`subjectTitle`). */
export function toItemInput(v: ItemValues, subjectTitle: (subjectKind: string, id: string) => string): BodyInputOf<typeof councilEndpoints.addItem> {
  return {
    title: v.title || subjectTitle(v.subjectKind, v.subjectId),
    subjectKind: v.subjectKind,
    subjectId: v.subjectKind !== 'other' && v.subjectId ? v.subjectId : null,
    background: v.background,
  };
}

/** A decision's fields as the inputs hold them. */
export interface DecisionValues {
  decision: (typeof decisions)[number];
  decisionText: string;
  decidedOn: string;
  diarienummer: string;
}

export function toDecisionInput(v: DecisionValues): BodyInputOf<typeof councilEndpoints.decide> {
  return { decision: v.decision, decisionText: v.decisionText, decidedOn: unset(v.decidedOn), diarienummer: v.diarienummer.trim() || null };
}

/** One attendee's row as the form holds it: a person chosen from the register, or '' and a name typed. */
export interface ParticipantValues {
  personId: string;
  name: string;
  note: string;
  role: (typeof participantRoles)[number];
}

export interface ParticipantsValues {
  participants: ParticipantValues[];
}

export function toParticipantsInput(v: ParticipantsValues): BodyInputOf<typeof councilEndpoints.participants> {
  return { participants: v.participants.map((p) => ({ personId: p.personId || null, name: p.personId ? '' : p.name, note: p.note, role: p.role })) };
}
