import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useDismissDuplicate, useDuplicates } from '../api/duplicates';

/**
 * "Trolig dubblett" (issue 12, item 1): the other systems whose names are the same or spelled
 * differently, each a link, and for who may change the system a way to judge a pair not duplicates
 * (asked in a dialog: the judgement is recorded and the flag does not come back). Nothing when none.
 */
export function DuplicatesNotice({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const duplicates = useDuplicates(id);
  const dismiss = useDismissDuplicate();
  const [asking, setAsking] = useState<{ id: string; name: string } | null>(null);
  const items = duplicates.data?.items ?? [];
  if (items.length === 0) return null;
  const close = () => {
    setAsking(null);
    dismiss.reset();
  };
  return (
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
  );
}
