import { Fieldset, MultiSelect, NativeSelect, SimpleGrid, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedInputDraft } from '../../../../shared/itplans';
import { FormFrame, type SaveFormProps } from '../../../kit/forms/form-frame';
import { SearchSelect } from '../../../kit/forms/search-select';
import { currentLanguage } from '../../../kit/i18n';
import { useCapabilityGroups } from '../../../kit/organisation/use-capability-groups';
import { useAcquisitionOptions, useGoalOptions, useProjectOptions, useSystemOptions } from '../api/get-options';
import { needFieldId as id, type NeedFormValues, toNeedInput } from '../lib/form-values';
import { validateNeed } from '../lib/need.validation';
import { NeedBenefitFieldset } from './need-benefit-fieldset';

interface Named {
  id: string;
  name: string;
}

interface NeedFormProps extends SaveFormProps<NeedFormValues, NeedInputDraft> {
  /** The project and acquisition the need already is, by name, so the pickers show them before any search finds them. */
  linked?: { project: Named | null; acquisition: Named | null };
}

const asOption = (named: Named | null | undefined) => (named ? { value: named.id, label: named.name } : null);

/** A need or initiative of a department's plan: what, why, which goals, capabilities and systems, priority, cost per year and, optionally, its benefit. */
export function NeedForm({ initialValues, linked, ...frame }: NeedFormProps) {
  const { t } = useTranslation();
  const f = (key: string) => t(`itplans.fields.${key}`);
  const goals = useGoalOptions();
  const capabilities = useCapabilityGroups(t('itplans.needForm.otherCapabilities'), { withCodes: true });
  const systems = useSystemOptions();
  const [projectSearch, setProjectSearch] = useState('');
  const [acquisitionSearch, setAcquisitionSearch] = useState('');
  const projects = useProjectOptions(projectSearch);
  const acquisitions = useAcquisitionOptions(acquisitionSearch);
  const form = useForm<NeedFormValues>({ initialValues, validate: (values) => validateNeed(values, currentLanguage()) });
  const label = (path: string) => {
    const benefit = /^benefit\.benefits\.(\d+)\.(\w+)$/.exec(path);
    if (benefit) return `${t('itplans.benefit.row', { position: Number(benefit[1]) + 1 })}: ${t(`itplans.benefit.fields.${benefit[2]}`)}`;
    if (path === 'benefit.horizonYears') return t('itplans.benefit.fields.horizonYears');
    if (path.startsWith('benefit')) return t('itplans.benefit.legend');
    const [head, index, tail] = path.split('.');
    if (head === 'costs' && index !== undefined) {
      const year = form.values.costs[Number(index)]?.year;
      return `${f(tail ?? 'costs')} ${year ?? ''}`.trim();
    }
    return f(head ?? path);
  };
  /** A picker of the project or acquisition the need already is, searched on the server as one types. */
  const link = (field: 'projectId' | 'acquisitionId', name: 'project' | 'acquisition', options: { value: string; label: string }[] | undefined, onSearch: (search: string) => void) => (
    <SearchSelect
      id={id(field)}
      label={f(name)}
      description={t(`itplans.needForm.${name}Hint`)}
      clearable
      nothingFoundMessage={t('itplans.needForm.nothingFound')}
      options={options}
      selected={asOption(linked?.[name])}
      onSearch={onSearch}
      value={form.values[field]}
      onChange={(value) => form.setFieldValue(field, value)}
      error={form.errors[field]}
    />
  );
  return (
    <FormFrame form={form} toInput={toNeedInput} fieldLabel={label} fieldId={id} listFields={['goalIds', 'capabilityIds', 'applicationIds']} {...frame}>
      <TextInput id={id('title')} label={f('title')} required maxLength={200} {...form.getInputProps('title')} />
      <Textarea id={id('description')} label={f('description')} description={t('itplans.needForm.descriptionHint')} autosize minRows={3} {...form.getInputProps('description')} />
      <NativeSelect
        id={id('priority')}
        label={f('priority')}
        data={['1', '2', '3'].map((p) => ({ value: p, label: t(`itplans.priority.${p}`) }))}
        {...form.getInputProps('priority')}
      />
      <MultiSelect
        id={id('goalIds')}
        label={f('goals')}
        description={t('itplans.needForm.goalsHint')}
        searchable
        hidePickedOptions
        data={goals.data ?? []}
        {...form.getInputProps('goalIds')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          id={id('capabilityIds')}
          label={f('capabilities')}
          searchable
          hidePickedOptions
          data={capabilities}
          {...form.getInputProps('capabilityIds')}
        />
        <MultiSelect
          id={id('applicationIds')}
          label={f('systems')}
          searchable
          hidePickedOptions
          data={systems.data ?? []}
          {...form.getInputProps('applicationIds')}
        />
      </SimpleGrid>
      <Fieldset legend={f('costs')}>
        <Text size="sm" mb="sm">
          {t('itplans.needForm.costsHint')}
        </Text>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{f('year')}</Table.Th>
                <Table.Th scope="col">{f('investment')}</Table.Th>
                <Table.Th scope="col">{f('running')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.values.costs.map((row, i) => (
                <Table.Tr key={row.year}>
                  <Table.Th scope="row">{row.year}</Table.Th>
                  <Table.Td>
                    <TextInput
                      id={id(`costs.${i}.investment`)}
                      aria-label={t('itplans.needForm.investmentYear', { year: row.year })}
                      inputMode="numeric"
                      {...form.getInputProps(`costs.${i}.investment`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      id={id(`costs.${i}.running`)}
                      aria-label={t('itplans.needForm.runningYear', { year: row.year })}
                      inputMode="numeric"
                      {...form.getInputProps(`costs.${i}.running`)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {link('projectId', 'project', projects.data, setProjectSearch)}
        {link('acquisitionId', 'acquisition', acquisitions.data, setAcquisitionSearch)}
      </SimpleGrid>
      <NeedBenefitFieldset form={form} firstYear={initialValues.costs[0]?.year} />
    </FormFrame>
  );
}
