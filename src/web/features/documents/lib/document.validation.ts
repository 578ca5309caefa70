import type { FormErrors } from '@mantine/form';
import type { Language } from '../../../../shared/common';
import { isDiarienummer, isKindAllowedUnder } from '../../../../shared/document-rules';
import { documentInput, type ItemKind } from '../../../../shared/documents';
import { message } from '../../../../shared/messages';
import { schemaValidation } from '../../../kit/forms/schema-validation';
import { toDocumentInput, type DocumentFormValues, type ItemFormValues } from './form-values';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the schema cannot check. The type is a select whose "choose" holds '': the schema's uuid
 * check would call that an invalid id, while the person has only not chosen yet. The rest are
 * rules the server checks in its command (documents/commands.ts checkInput), not in the schema,
 * and that need nothing but the form's own values: the registration number's pattern, an end
 * date not before the start date (compared only when both are dates, so a malformed one keeps the
 * schema's message), and which kinds of item may sit under which. The same keys, so the same words.
 */
function documentRules(values: DocumentFormValues, language: Language): FormErrors {
  const errors: FormErrors = {};
  if (!values.typeId) errors.typeId = message(language, 'required');
  if (values.diarienummer.trim() && !isDiarienummer(values.diarienummer)) errors.diarienummer = message(language, 'invalid_diarienummer');
  const [from, to] = [values.validFrom.trim(), values.validTo.trim()];
  if (ISO_DATE.test(from) && ISO_DATE.test(to) && to < from) errors.validTo = message(language, 'before_valid_from');
  const walk = (items: ItemFormValues[], parent: ItemKind | null, path: string) =>
    items.forEach((item, index) => {
      const here = `${path}.${index}`;
      if (!isKindAllowedUnder(item.kind, parent)) errors[`${here}.kind`] = message(language, 'kind_not_allowed_here');
      walk(item.children, item.kind, `${here}.children`);
    });
  walk(values.items, null, 'items');
  return errors;
}

/** A document form is checked by the schema the server checks its body with, and its command's pure rules. */
export const validateDocument = schemaValidation(documentInput, toDocumentInput, documentRules);
