import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentFieldId } from '../lib/field-label';
import type { DocumentForm, KpiProposalValues } from '../lib/form-values';

const UNITS = ['percent', 'kronor', 'days', 'count', 'index'] as const;
const DIRECTIONS = ['higher', 'lower'] as const;

/**
 * The KPIs the import read from a goal's numbers (issue 13, item 4), under the goal: the sentence
 * each came from, a checkbox to keep it (on by default) and its fields to correct. Kept KPIs are
 * created with the document. A relative target shows the change and the baseline it starts from.
 */
export function KpiProposalEditor({ form, path, kpis, position }: { form: DocumentForm; path: string; kpis: KpiProposalValues[]; position: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {kpis.map((kpi, i) => {
        const at = `${path}.kpis.${i}`;
        const id = (field: string) => documentFieldId(`${at}.${field}`);
        const input = (field: keyof KpiProposalValues) => form.getInputProps(`${at}.${field}`);
        return (
          <Fieldset key={kpi.key} legend={t('documents.kpiProposal.legend', { position, number: i + 1 })} p="sm">
            <Stack gap="xs">
              <Text size="sm">
                {t('documents.kpiProposal.source')}: <q>{kpi.source}</q>
              </Text>
              <Checkbox id={id('keep')} label={t('documents.kpiProposal.keep', { name: kpi.name })} {...form.getInputProps(`${at}.keep`, { type: 'checkbox' })} />
              {kpi.keep && (
                <>
                  <TextInput id={id('name')} label={t('goals.fields.name')} required maxLength={200} {...input('name')} />
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                    <NativeSelect id={id('unit')} label={t('goals.fields.unit')} data={UNITS.map((u) => ({ value: u, label: t(`goals.units.${u}`) }))} {...input('unit')} />
                    <NativeSelect id={id('direction')} label={t('goals.fields.direction')} data={DIRECTIONS.map((d) => ({ value: d, label: t(`goals.directions.${d}`) }))} {...input('direction')} />
                    <TextInput id={id('targetDate')} type="date" label={t('goals.fields.target_targetDate')} required {...input('targetDate')} />
                  </SimpleGrid>
                  {kpi.relative ? (
                    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                      <TextInput id={id('change')} label={t('documents.kpiProposal.change')} description={t('documents.kpiProposal.changeHint')} required inputMode="decimal" {...input('change')} />
                      <TextInput id={id('baselineValue')} label={t('goals.fields.baselineValue')} description={t('documents.kpiProposal.baselineHint')} required inputMode="decimal" {...input('baselineValue')} />
                      <TextInput id={id('baselineDate')} type="date" label={t('goals.fields.baselineDate')} required {...input('baselineDate')} />
                    </SimpleGrid>
                  ) : (
                    <TextInput id={id('targetValue')} label={t('documents.kpiProposal.targetValue')} required inputMode="decimal" {...input('targetValue')} />
                  )}
                  <Textarea id={id('definition')} label={t('goals.fields.definition')} description={t('documents.kpiProposal.definitionHint')} required autosize minRows={2} maxRows={6} maxLength={5000} {...input('definition')} />
                </>
              )}
            </Stack>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
