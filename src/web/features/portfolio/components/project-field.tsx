import { NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId, type ProjectForm } from '../lib/form-values';

interface FieldProps {
  form: ProjectForm;
  path: string;
  /** The key under portfolio.fields. */
  label: string;
  type?: 'text' | 'number' | 'date' | 'textarea';
  required?: boolean;
  options?: { value: string; label: string }[];
}

/** One input of the project form, bound to its path, with its id and translated label. */
export function ProjectField({ form, path, label, type = 'text', required, options }: FieldProps) {
  const { t } = useTranslation();
  const common = { id: fieldId(path), label: t(`portfolio.fields.${label}`), required, ...form.getInputProps(path) };
  if (options) return <NativeSelect {...common} data={options} />;
  if (type === 'textarea') return <Textarea {...common} autosize minRows={2} />;
  return <TextInput {...common} type={type} inputMode={type === 'number' ? 'numeric' : undefined} />;
}
