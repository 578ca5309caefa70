import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, newRow, type ProjectForm, type RowListKey } from '../lib/form-values';

interface RowListFieldsetProps {
  form: ProjectForm;
  list: RowListKey;
  /** The first input of a row, focused after adding it. */
  firstField: string;
  renderRow: (index: number) => ReactNode;
}

/** A repeatable list of rows: each row its own group with a remove button; focus moves to a new row. */
export function RowListFieldset({ form, list, firstField, renderRow }: RowListFieldsetProps) {
  const { t } = useTranslation();
  const rows = form.getValues()[list];
  const add = () => {
    form.insertListItem(list, newRow[list]());
    const index = rows.length;
    window.setTimeout(() => document.getElementById(fieldId(`${list}.${index}.${firstField}`))?.focus(), 0);
  };
  return (
    <Fieldset legend={t(`portfolio.form.${list}`)}>
      <Stack gap="md">
        {rows.length === 0 && <Text size="sm">{t('portfolio.form.none')}</Text>}
        {rows.map((_, index) => (
          <Stack
            key={index}
            gap="xs"
            pt={index > 0 ? 'md' : 0}
            style={index > 0 ? { borderTop: '1px solid #dee2e6' } : undefined}
            role="group" aria-label={`${t(`portfolio.form.${list}`)}: ${t('portfolio.form.row', { position: index + 1 })}`}>
            {renderRow(index)}
            <Group>
              <Button variant="subtle" color="#b02525" size="xs" onClick={() => form.removeListItem(list, index)}>
                {t('portfolio.form.remove', { position: index + 1 })}
              </Button>
            </Group>
          </Stack>
        ))}
        <Group>
          <Button variant="default" onClick={add}>
            {t(`portfolio.form.add.${list}`)}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
