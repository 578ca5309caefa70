import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKpiOptions } from '../api/get-link-options';
import { benefitKinds, confidences } from '../lib/enums';
import type { ProjectForm } from '../lib/form-values';
import { ProjectField } from './project-field';

/** One benefit: the kind decides the fields (amount, hours × hourly cost, or a score 1–5). */
export function BenefitRow({ form, index }: { form: ProjectForm; index: number }) {
  const { t } = useTranslation();
  const kind = form.getValues().benefits[index]?.kind ?? 'direct';
  const kpis = useKpiOptions().data ?? [];
  const p = (field: string) => `benefits.${index}.${field}`;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <ProjectField form={form} path={p('kind')} label="kind" options={benefitKinds.map((k) => ({ value: k, label: t(`portfolio.benefitKinds.${k}`) }))} />
      <ProjectField form={form} path={p('description')} label="description" required />
      <ProjectField form={form} path={p('recipient')} label="recipient" />
      {kind === 'direct' && <ProjectField form={form} path={p('yearlyAmount')} label="yearlyAmount" type="number" />}
      {kind === 'indirect' && (
        <>
          <ProjectField form={form} path={p('hoursPerYear')} label="hoursPerYear" type="number" />
          <ProjectField form={form} path={p('hourlyCost')} label="hourlyCost" type="number" />
        </>
      )}
      {kind === 'qualitative' && (
        <ProjectField form={form} path={p('score')} label="score" options={['', '1', '2', '3', '4', '5'].map((s) => ({ value: s, label: s || '–' }))} />
      )}
      <ProjectField form={form} path={p('firstYear')} label="firstYear" type="number" required />
      <ProjectField form={form} path={p('confidence')} label="confidence" options={confidences.map((c) => ({ value: c, label: t(`portfolio.confidences.${c}`) }))} />
      <ProjectField form={form} path={p('measuredBy')} label="measuredBy" />
      <ProjectField form={form} path={p('kpiId')} label="kpiId"
        options={[{ value: '', label: t('portfolio.form.noneSelected') }, ...kpis.map((k) => ({ value: k.id, label: `${k.name} (${k.goalTitle})` }))]} />
    </SimpleGrid>
  );
}
