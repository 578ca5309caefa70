import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApplicationNames } from '../api/get-application-names';
import { systemRelations } from '../lib/enums';
import type { ProjectForm } from '../lib/form-values';
import { BenefitRow } from './benefit-row';
import { ProjectField } from './project-field';
import { RowListFieldset } from './row-list-fieldset';

/** The form's repeatable parts: investments, milestones, benefits, systems, actuals and follow-ups. */
export function ProjectRows({ form, personOptions }: { form: ProjectForm; personOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const systems = useApplicationNames().data ?? [];
  const grid = (cols: number) => ({ cols: { base: 1, sm: cols } });
  return (
    <>
      <RowListFieldset form={form} list="investments" firstField="year" renderRow={(i) => (
        <SimpleGrid {...grid(2)}>
          <ProjectField form={form} path={`investments.${i}.year`} label="year" type="number" required />
          <ProjectField form={form} path={`investments.${i}.amount`} label="amount" type="number" required />
        </SimpleGrid>
      )} />
      <RowListFieldset form={form} list="milestones" firstField="title" renderRow={(i) => (
        <SimpleGrid {...grid(3)}>
          <ProjectField form={form} path={`milestones.${i}.title`} label="title" required />
          <ProjectField form={form} path={`milestones.${i}.dueDate`} label="dueDate" type="date" required />
          <ProjectField form={form} path={`milestones.${i}.doneOn`} label="doneOn" type="date" />
        </SimpleGrid>
      )} />
      <RowListFieldset form={form} list="benefits" firstField="kind" renderRow={(i) => <BenefitRow form={form} index={i} />} />
      <RowListFieldset form={form} list="systems" firstField="applicationId" renderRow={(i) => (
        <SimpleGrid {...grid(2)}>
          <ProjectField form={form} path={`systems.${i}.applicationId`} label="applicationId" required
            options={[{ value: '', label: t('portfolio.form.noneSelected') }, ...systems.map((s) => ({ value: s.id, label: s.name }))]} />
          <ProjectField form={form} path={`systems.${i}.relation`} label="relation"
            options={systemRelations.map((r) => ({ value: r, label: t(`portfolio.relations.${r}`) }))} />
        </SimpleGrid>
      )} />
      <RowListFieldset form={form} list="actuals" firstField="year" renderRow={(i) => (
        <SimpleGrid {...grid(3)}>
          <ProjectField form={form} path={`actuals.${i}.year`} label="year" type="number" required />
          <ProjectField form={form} path={`actuals.${i}.cost`} label="cost" type="number" />
          <ProjectField form={form} path={`actuals.${i}.benefit`} label="benefit" type="number" />
        </SimpleGrid>
      )} />
      <RowListFieldset form={form} list="realisation" firstField="title" renderRow={(i) => (
        <SimpleGrid {...grid(2)}>
          <ProjectField form={form} path={`realisation.${i}.title`} label="title" required />
          <ProjectField form={form} path={`realisation.${i}.dueDate`} label="dueDate" type="date" required />
          <ProjectField form={form} path={`realisation.${i}.doneOn`} label="doneOn" type="date" />
          <ProjectField form={form} path={`realisation.${i}.responsibleId`} label="responsibleId" options={personOptions} />
          <ProjectField form={form} path={`realisation.${i}.note`} label="note" />
        </SimpleGrid>
      )} />
    </>
  );
}
