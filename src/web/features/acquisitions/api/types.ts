import type { z } from 'zod';
import type { AcquisitionDetail, AcquisitionSummary, AnswerView, Suggestions } from '../../../../shared/acquisitions';
import type { AgreementDetail, agreementList } from '../../../../shared/agreements';

export type { AcquisitionDetail, AcquisitionSummary, AgreementDetail, AnswerView, Suggestions };
type AgreementList = z.infer<typeof agreementList>;
export type AgreementListItem = AgreementList['items'][number];
