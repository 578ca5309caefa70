import { Alert, Button, Group, List, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useDismissDuplicate, useDuplicates, useUndoDuplicateDismissal } from '../api/duplicates';

/**
 * "Trolig dubblett" (issue 12, item 1): the other systems whose names are the same or spelled
 * differently, each a link, and for who may change the system a way to judge a pair not duplicates
 * (asked in a dialog: the judgement is recorded and the flag does not come back). Below it, the
 * systems judged not the same, each with "Ångra" for who may change the system: one click, since
 * undoing only brings the flag back. Nothing when there are neither.
 */
export function DuplicatesNotice({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const duplicates = useDuplicates(id);
  const dismiss = useDismissDuplicate();
  const [asking, setAsking] = useState<{ id: string; name: string } | null>(null);
  const items = duplicates.data?.items ?? [];
  const dismissed = duplicates.data?.dismissed ?? [];
  if (items.length === 0 && dismissed.length === 0) return null;
  const close = () => {
    setAsking(null);
    dismiss.reset();
  };
  return (
    <>
      {items.length > 0 && (
    <Alert color="#8a4b00" variant="outline" title={t('quality.duplicates.title')} role="region" aria-label={t('quality.duplicates.title')}>
      <Text size="sm" mb="xs">
        {t('quality.duplicates.body', { count: items.length })}
      </Text>
      <List size="sm" spacing={4}>
        {items.map((other) => (
          <List.Item key={other.id}>
            <Group gap="sm" wrap="wrap">
              <AnchorLink to="/system/$id" params={{ id: other.id }}>
                {other.name}
              </AnchorLink>
              {duplicates.data?.allowedDismiss && (
                <Button size="compact-sm" variant="subtle" onClick={() => setAsking(other)}>
                  {t('quality.duplicates.dismiss', { name: other.name })}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <ConfirmDialog
        opened={asking !== null}
        title={t('quality.duplicates.confirmTitle')}
        body={t('quality.duplicates.confirmBody', { name, other: asking?.name ?? '' })}
        confirmLabel={t('quality.duplicates.confirm')}
        loading={dismiss.isPending}
        onClose={close}
        onConfirm={() => asking && dismiss.mutate({ id, otherId: asking.id }, { onSuccess: close })}
      >
        {dismiss.isError && <ErrorAlert error={dismiss.error} />}
      </ConfirmDialog>
    </Alert>
      )}
      {dismissed.length > 0 && <DismissedPairs id={id} name={name} dismissed={dismissed} allowedUndo={duplicates.data?.allowedDismiss ?? false} />}
    </>
  );
}

/** "Markerade som inte samma system": the pairs judged not duplicates, each undone with one click. */
function DismissedPairs({ id, name, dismissed, allowedUndo }: { id: string; name: string; dismissed: { id: string; name: string }[]; allowedUndo: boolean }) {
  const { t } = useTranslation();
  const undo = useUndoDuplicateDismissal();
  return (
    <Paper withBorder p="sm" role="region" aria-label={t('quality.duplicates.dismissedTitle')}>
      <Text fw={600} size="sm">
        {t('quality.duplicates.dismissedTitle')}
      </Text>
      <Text size="sm" mb="xs">
        {t('quality.duplicates.dismissedBody', { name })}
      </Text>
      {undo.isError && <ErrorAlert error={undo.error} />}
      <List size="sm" spacing={4}>
        {dismissed.map((other) => (
          <List.Item key={other.id}>
            <Group gap="sm" wrap="wrap">
              <AnchorLink to="/system/$id" params={{ id: other.id }}>
                {other.name}
              </AnchorLink>
              {allowedUndo && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('quality.duplicates.undoLabel', { other: other.name })}
                  loading={undo.isPending && undo.variables?.otherId === other.id}
                  onClick={() => undo.mutate({ id, otherId: other.id }, { onSuccess: () => notifySuccess(t('quality.duplicates.undone', { name, other: other.name })) })}
                >
                  {t('quality.duplicates.undo')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
