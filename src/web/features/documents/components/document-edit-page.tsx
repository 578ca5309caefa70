import { Alert, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useDocument } from '../api/get-document';
import { useUpdateDocument } from '../api/update-document';
import { isOpenForEditing } from '../lib/enums';
import { fromDocument } from '../lib/form-values';
import { DocumentForm } from './document-form';
import { TransitionAction } from './transition-action';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';

const route = getRouteApi('/_authed/styrdokument/$id/redigera');

export function DocumentEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useDocument(id);
  const update = useUpdateDocument();
  const { record: doc, setRecord, reloadLatest } = useFrozenRecord(query, update.reset);
  const open = doc ? isOpenForEditing(doc.status) : true;
  const title = doc ? t(open ? 'documents.edit.title' : 'documents.edit.detailsTitle', { title: doc.title }) : undefined;
  useDocumentTitle(title);

  if (query.isPending) return <PageLoader />;
  if (!doc) {
    return (
      <Stack>
        <Title order={1}>{t('documents.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  if (!doc.allowed.update) {
    return (
      <Stack>
        <Title order={1}>{t('documents.edit.title', { title: doc.title })}</Title>
        <Alert color="#1c4f8a" variant="outline">
          {t('documents.edit.notAllowed')}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={960}>
      <AnchorLink to="/styrdokument/$id" params={{ id }} size="sm">
        {t('documents.edit.back', { title: doc.title })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      <DocumentForm
        // A new row version (after reloading or a revision) starts the form again from the saved data.
        key={`${doc.rowVersion}-${doc.status}`}
        initialValues={fromDocument(doc)}
        currentId={doc.id}
        frozen={
          open
            ? undefined
            : {
                items: doc.items,
                notice: (
                  <Stack gap="sm" align="flex-start">
                    <Text size="sm">{t('documents.edit.frozenBody')}</Text>
                    {doc.allowed.transition && doc.status === 'adopted' && (
                      <TransitionAction doc={doc} move="startRevision" onReload={reloadLatest} variant="filled" onDone={setRecord} />
                    )}
                  </Stack>
                ),
              }
        }
        submitLabel={t('documents.edit.submit')}
        submitting={update.isPending}
        error={update.error}
        reloading={query.isFetching}
        onReloadLatest={() => void reloadLatest()}
        onCancel={() => void navigate({ to: '/styrdokument/$id', params: { id } })}
        onSubmit={(input) =>
          update.mutate(
            { id, rowVersion: doc.rowVersion, input },
            {
              onSuccess: async (saved) => {
                notifySuccess(t('documents.edit.done', { title: saved.title }));
                await navigate({ to: '/styrdokument/$id', params: { id } });
              },
            },
          )
        }
      />
    </Stack>
  );
}
