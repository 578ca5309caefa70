import { Fieldset, Paper, Tabs, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentFieldId as fieldId } from '../lib/field-label';
import type { DocumentForm } from '../lib/form-values';
import { MarkdownView } from './markdown-view';

/** The full text in Markdown, with a preview of how the document page and public page will show it. */
export function FormBodySection({ form, frozen }: { form: DocumentForm; frozen: boolean }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('documents.form.bodySection')}>
      <Tabs defaultValue="write" keepMounted={false}>
        <Tabs.List aria-label={t('documents.form.bodySection')}>
          <Tabs.Tab value="write">{t('documents.form.write')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('documents.form.preview')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="sm">
          <Textarea
            id={fieldId('body')}
            label={t('documents.fields.body')}
            description={t('documents.form.bodyHint')}
            disabled={frozen}
            autosize
            minRows={8}
            maxRows={30}
            maxLength={500_000}
            styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } }}
            {...form.getInputProps('body')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="sm">
          <Paper withBorder p="md">
            {form.values.body.trim() ? <MarkdownView source={form.values.body} topLevel={2} /> : <Text>{t('documents.detail.noBody')}</Text>}
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Fieldset>
  );
}
