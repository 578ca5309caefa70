import type { z } from 'zod';
import type { councilItem, decisionLog, meeting, meetingList } from '../../../../shared/council';

export type Meeting = z.infer<typeof meeting>;
export type MeetingList = z.infer<typeof meetingList>;
export type CouncilItem = z.infer<typeof councilItem>;
export type DecisionLog = z.infer<typeof decisionLog>;
