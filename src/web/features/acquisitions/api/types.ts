import type { z } from 'zod';
import type {
  AcquisitionDetail,
  AcquisitionSummary,
  AgreementDetail,
  AnswerView,
  Suggestions,
  acquisitionList,
  agreementList,
} from '../../../../shared/acquisitions';

export type { AcquisitionDetail, AcquisitionSummary, AgreementDetail, AnswerView, Suggestions };
export type AcquisitionList = z.infer<typeof acquisitionList>;
export type AgreementList = z.infer<typeof agreementList>;
export type AgreementListItem = AgreementList['items'][number];
