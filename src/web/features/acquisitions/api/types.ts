import type { z } from 'zod';
import type {
  AcquisitionDetail,
  AcquisitionSummary,
  AgreementDetail,
  AnswerView,
  Suggestions,
  agreementList,
} from '../../../../shared/acquisitions';

export type { AcquisitionDetail, AcquisitionSummary, AgreementDetail, AnswerView, Suggestions };
type AgreementList = z.infer<typeof agreementList>;
export type AgreementListItem = AgreementList['items'][number];
