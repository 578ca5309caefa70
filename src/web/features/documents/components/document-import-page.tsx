import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProposal } from '../../../../shared/documents';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateDocument } from '../api/create-document';
import { useImportDocument } from '../api/import-document';
import { countItems, fromProposal } from '../lib/form-values';
import { DocumentForm } from './document-form';
import { ImportSourceForm } from './import-source-form';

/**
 * Import in two steps: a text or file becomes a proposal, which the person checks and corrects
 * in the ordinary form (items can be changed or removed). Nothing is saved before "Skapa".
 */
export function DocumentImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('documents.import.title'));
  const navigate = useNavigate();
  const session = useSession();
  const importer = useImportDocument();
  const create = useCreateDocument();
  const [proposal, setProposal] = useState<ImportProposal | null>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (proposal) reviewHeading.current?.focus();
  }, [proposal]);

  const restart = () => {
    setProposal(null);
    importer.reset();
    create.reset();
  };

  return (
    <Stack gap="md" maw={960}>
      <AnchorLink to="/styrdokument" size="sm">
        {t('documents.detail.backToList')}
      </AnchorLink>
      <Title order={1}>{t('documents.import.title')}</Title>
      {!proposal ? (
        <>
          <Text>{t('documents.import.intro')}</Text>
          {importer.isError && <ErrorAlert error={importer.error} />}
          <ImportSourceForm proposing={importer.isPending} onPropose={(source) => importer.mutate(source, { onSuccess: setProposal })} />
        </>
      ) : (
        <>
          <Title order={2} size="h3" ref={reviewHeading} tabIndex={-1}>
            {t('documents.import.reviewTitle')}
          </Title>
          <Alert color="#1c4f8a" variant="outline" title={t('documents.import.notSavedTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('documents.import.notSavedBody', { count: countItems(proposal.items) })}</Text>
              {!proposal.typeId && <Text size="sm">{t('documents.import.noType')}</Text>}
              <Button variant="default" size="compact-sm" onClick={restart}>
                {t('documents.import.restart')}
              </Button>
            </Stack>
          </Alert>
          <DocumentForm
            initialValues={fromProposal(proposal, session?.person.id)}
            submitLabel={t('documents.create.submit')}
            submitting={create.isPending}
            error={create.error}
            onCancel={restart}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: async (created) => {
                  notifySuccess(t('documents.create.done', { title: created.title }));
                  await navigate({ to: '/styrdokument/$id', params: { id: created.id } });
                },
              })
            }
          />
        </>
      )}
    </Stack>
  );
}
