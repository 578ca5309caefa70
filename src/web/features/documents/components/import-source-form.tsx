import { Button, FileInput, Group, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileToBase64, type ImportSource } from '../api/import-document';

interface ImportSourceFormProps {
  onPropose: (source: ImportSource) => void;
  proposing: boolean;
}

// The API's bounds: a text of at most 1 000 000 characters, a .docx, .odt or .pdf of about 3 MB (4 000 000 in base64).
const MAX_TEXT = 1_000_000;
const MAX_FILE_BYTES = 3_000_000;
const ACCEPTED = /\.(txt|md|markdown|docx|odt|pdf)$/i;

/**
 * Where the text comes from: pasted, or a .txt, .md, .docx, .odt or .pdf file. Pasted text with Markdown
 * headings is read as Markdown, anything else as plain text (the server guesses the headings).
 */
export function ImportSourceForm({ onPropose, proposing }: ImportSourceFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setErrorState] = useState<{ field: 'text' | 'file'; message: string } | null>(null);
  // A refused choice moves focus to the field, where its message is read out with it.
  const setError = (next: { field: 'text' | 'file'; message: string } | null) => {
    setErrorState(next);
    if (next) window.requestAnimationFrame(() => document.getElementById(`import-${next.field}`)?.focus());
  };

  const proposeText = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError({ field: 'text', message: t('documents.import.textRequired') });
    setError(null);
    const markdown = /^#{1,6}\s/m.test(text);
    onPropose({ filename: markdown ? 'inklistrad-text.md' : 'inklistrad-text.txt', text });
  };
  const proposeFile = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setError({ field: 'file', message: t('documents.import.fileRequired') });
    if (!ACCEPTED.test(file.name)) return setError({ field: 'file', message: t('documents.import.fileType') });
    if (file.size > MAX_FILE_BYTES) return setError({ field: 'file', message: t('documents.import.fileTooLarge') });
    setError(null);
    if (/\.(docx|odt|pdf)$/i.test(file.name)) onPropose({ filename: file.name, contentBase64: await fileToBase64(file) });
    else onPropose({ filename: file.name, text: (await file.text()).slice(0, MAX_TEXT) });
  };

  return (
    <Tabs defaultValue="paste">
      <Tabs.List aria-label={t('documents.import.sources')}>
        <Tabs.Tab value="paste">{t('documents.import.paste')}</Tabs.Tab>
        <Tabs.Tab value="file">{t('documents.import.upload')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="paste" pt="md">
        <form onSubmit={proposeText} noValidate>
          <Stack gap="sm">
            <Textarea
              id="import-text"
              label={t('documents.import.textLabel')}
              description={t('documents.import.textHint')}
              required
              autosize
              minRows={10}
              maxRows={25}
              maxLength={MAX_TEXT}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={error?.field === 'text' ? error.message : undefined}
            />
            <Group>
              <Button type="submit" loading={proposing}>
                {t('documents.import.propose')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Tabs.Panel>
      <Tabs.Panel value="file" pt="md">
        <form onSubmit={(event) => void proposeFile(event)} noValidate>
          <Stack gap="sm">
            <FileInput
              id="import-file"
              label={t('documents.import.fileLabel')}
              description={t('documents.import.fileHint')}
              placeholder={t('documents.import.filePlaceholder')}
              accept=".txt,.md,.markdown,.docx,.odt,.pdf,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,application/pdf"
              required
              clearable
              value={file}
              onChange={setFile}
              error={error?.field === 'file' ? error.message : undefined}
            />
            <Text size="sm">{t('documents.import.nothingSaved')}</Text>
            <Group>
              <Button type="submit" loading={proposing}>
                {t('documents.import.propose')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Tabs.Panel>
    </Tabs>
  );
}
