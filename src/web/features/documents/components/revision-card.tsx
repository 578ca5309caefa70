import { Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useSession } from '../../../kit/session/use-session';
import { useMyRevisions } from '../api/use-my-revisions';

/**
 * "Dina styrdokument att revidera" on the start page: the owner sees due and overdue revisions
 * (DOMAIN.md, steering documents) without looking for them.
 */
export function RevisionCard() {
  const { t } = useTranslation();
  const session = useSession();
  const { items, pending, error } = useMyRevisions(session?.person.id);
  if (!session) return null;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="home-revisions" maw={720}>
      <Title order={2} size="h3" id="home-revisions" mb="xs">
        {t('documents.home.title')}
      </Title>
      {pending && <PageLoader />}
      {Boolean(error) && <ErrorAlert error={error} />}
      {!pending && !error && items.length === 0 && <Text size="sm">{t('documents.home.none')}</Text>}
      {items.length > 0 && (
        <List spacing="xs" listStyleType="none" p={0}>
          {items.map((doc) => {
            const overdue = doc.flags.includes('revision_overdue');
            return (
              <List.Item key={doc.id}>
                <Group gap="xs" wrap="wrap">
                  <AnchorLink to="/styrdokument/$id" params={{ id: doc.id }} fw={500}>
                    {doc.title}
                  </AnchorLink>
                  <Badge variant={overdue ? 'filled' : 'outline'} color={overdue ? '#b02525' : '#8a4b00'} tt="none">
                    {t(overdue ? 'documents.flags.revision_overdue' : 'documents.flags.revision_due')}
                  </Badge>
                  <Text span size="sm">
                    {t('documents.home.dueOn', { date: formatDate(doc.revisionDueOn) })}
                  </Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      <AnchorLink to="/styrdokument" size="sm" mt="sm" display="inline-block">
        {t('documents.home.all')}
      </AnchorLink>
    </Paper>
  );
}
