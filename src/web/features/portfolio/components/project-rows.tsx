import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BenefitRow } from '../../../kit/forms/benefit-row';
import { RowListFieldset } from '../../../kit/forms/row-list-fieldset';
import { useApplicationNames } from '../api/get-application-names';
import { useKpiOptions } from '../api/get-link-options';
import { systemRelations } from '../lib/enums';
import { fieldId, newRow, type ProjectForm, type RowListKey } from '../lib/form-values';
import { ProjectField } from './project-field';

/** The form's repeatable parts: investments, milestones, benefits, systems, actuals and follow-ups. */
export function ProjectRows({ form, personOptions }: { form: ProjectForm; personOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const systems = useApplicationNames().data ?? [];
  const kpis = useKpiOptions().data ?? [];
  const grid = (cols: number) => ({ cols: { base: 1, sm: cols } });
  /** A list of rows; `firstField` is focused in a row just added. */
  const rows = (list: RowListKey, firstField: string, renderRow: (index: number) => ReactNode) => {
    const legend = t(`portfolio.form.${list}`);
    return (
      <RowListFieldset
        legend={legend}
        count={form.getValues()[list].length}
        rowLabel={(position) => `${legend}: ${t('portfolio.form.row', { position })}`}
        removeLabel={(position) => t('portfolio.form.remove', { position })}
        addLabel={t(`portfolio.form.add.${list}`)}
        noneText={t('portfolio.form.none')}
        firstFieldId={(index) => fieldId(`${list}.${index}.${firstField}`)}
        addId={fieldId(list)}
        onAdd={() => form.insertListItem(list, newRow[list]())}
        onRemove={(index) => form.removeListItem(list, index)}
        renderRow={renderRow}
      />
    );
  };
  const benefit = (i: number) => {
    const p = (field: string) => `benefits.${i}.${field}`;
    return (
      <BenefitRow
        kind={form.getValues().benefits[i]?.kind ?? 'direct'}
        field={(name) => ({ id: fieldId(p(name)), label: t(`portfolio.fields.${name}`), ...form.getInputProps(p(name)) })}
        kindLabel={(k) => t(`portfolio.benefitKinds.${k}`)}
        confidenceLabel={(c) => t(`portfolio.confidences.${c}`)}
        numberType="number"
      >
        <ProjectField form={form} path={p('measuredBy')} label="measuredBy" />
        <ProjectField form={form} path={p('kpiId')} label="kpiId"
          options={[{ value: '', label: t('portfolio.form.noneSelected') }, ...kpis.map((k) => ({ value: k.id, label: `${k.name} (${k.goalTitle})` }))]} />
      </BenefitRow>
    );
  };
  return (
    <>
      {rows('investments', 'year', (i) => (
        <SimpleGrid {...grid(2)}>
          <ProjectField form={form} path={`investments.${i}.year`} label="year" type="number" required />
          <ProjectField form={form} path={`investments.${i}.amount`} label="amount" type="number" required />
        </SimpleGrid>
      ))}
      {rows('milestones', 'title', (i) => (
        <SimpleGrid {...grid(3)}>
          <ProjectField form={form} path={`milestones.${i}.title`} label="title" required />
          <ProjectField form={form} path={`milestones.${i}.dueDate`} label="dueDate" type="date" required />
          <ProjectField form={form} path={`milestones.${i}.doneOn`} label="doneOn" type="date" />
        </SimpleGrid>
      ))}
      {rows('benefits', 'kind', benefit)}
      {rows('systems', 'applicationId', (i) => (
        <SimpleGrid {...grid(2)}>
          <ProjectField form={form} path={`systems.${i}.applicationId`} label="applicationId" required
            options={[{ value: '', label: t('portfolio.form.noneSelected') }, ...systems.map((s) => ({ value: s.id, label: s.name }))]} />
          <ProjectField form={form} path={`systems.${i}.relation`} label="relation"
            options={systemRelations.map((r) => ({ value: r, label: t(`portfolio.relations.${r}`) }))} />
        </SimpleGrid>
      ))}
      {rows('actuals', 'year', (i) => (
        <SimpleGrid {...grid(3)}>
          <ProjectField form={form} path={`actuals.${i}.year`} label="year" type="number" required />
          <ProjectField form={form} path={`actuals.${i}.cost`} label="cost" type="number" />
          <ProjectField form={form} path={`actuals.${i}.benefit`} label="benefit" type="number" />
        </SimpleGrid>
      ))}
      {rows('realisation', 'title', (i) => (
        <SimpleGrid {...grid(2)}>
          <ProjectField form={form} path={`realisation.${i}.title`} label="title" required />
          <ProjectField form={form} path={`realisation.${i}.dueDate`} label="dueDate" type="date" required />
          <ProjectField form={form} path={`realisation.${i}.doneOn`} label="doneOn" type="date" />
          <ProjectField form={form} path={`realisation.${i}.responsibleId`} label="responsibleId" options={personOptions} />
          <ProjectField form={form} path={`realisation.${i}.note`} label="note" />
        </SimpleGrid>
      ))}
    </>
  );
}
