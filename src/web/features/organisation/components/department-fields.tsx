import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { departmentFieldId, type DepartmentFormValues } from '../lib/department-fields';

interface DepartmentFieldsProps {
  form: UseFormReturnType<DepartmentFormValues>;
  which: 'create' | 'rename';
}

/** Name and short code of a department, the same in the add form and the rename dialog. */
export function DepartmentFields({ form, which }: DepartmentFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        id={departmentFieldId(which, 'name')}
        label={t('organisation.departments.fields.name')}
        description={t('organisation.departments.form.nameHint')}
        required
        maxLength={200}
        data-autofocus={which === 'rename' || undefined}
        {...form.getInputProps('name')}
      />
      <TextInput
        id={departmentFieldId(which, 'code')}
        label={t('organisation.departments.fields.code')}
        description={t('organisation.departments.form.codeHint')}
        maxLength={20}
        {...form.getInputProps('code')}
      />
    </SimpleGrid>
  );
}
