import { planDecisionInput } from '../../../../shared/itplans';
import { initiativeInput } from '../../../../shared/municipal-plan';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toInitiativeInput, toPlanDecisionInput } from './form-values';

// The municipal plan's forms are checked by the schemas the server checks its bodies with.

export const validateInitiative = schemaValidation(initiativeInput, toInitiativeInput);

export const validatePlanDecision = schemaValidation(planDecisionInput, toPlanDecisionInput);
