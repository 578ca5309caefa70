import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDateTime } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ListPager } from '../../../kit/list-pager';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { type NotificationItem, useMarkRead, useNotifications } from '../api/notifications';
import { PreferencesSection } from './preferences-section';

const PAGE_SIZE = 25;

/** The person's notifications (aviseringar), newest first, and their choice of digest mail. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(page, PAGE_SIZE, unreadOnly);
  const markRead = useMarkRead();
  const data = list.data;

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap="xs">
        <Title order={1}>{t('notifications.title')}</Title>
        <Text>{t('notifications.intro')}</Text>
      </Stack>
      <section aria-labelledby="notifications-list">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="notifications-list" size="h3">
            {t('notifications.list')}
          </Title>
          <Group gap="md">
            <Checkbox
              label={t('notifications.onlyUnread')}
              checked={unreadOnly}
              onChange={(event) => {
                setUnreadOnly(event.currentTarget.checked);
                setPage(1);
              }}
            />
            <Button variant="default" onClick={() => markRead.mutate(null)} loading={markRead.isPending && markRead.variables === null} disabled={!data || data.unread === 0}>
              {t('notifications.markAllRead')}
            </Button>
          </Group>
        </Group>
        <Text role="status" size="sm" mb="sm">
          {data ? t('notifications.unreadCount', { count: data.unread }) : ''}
        </Text>
        {list.isPending && <PageLoader />}
        {list.isError && <ErrorAlert error={list.error} />}
        {markRead.isError && <ErrorAlert error={markRead.error} />}
        {data && data.items.length === 0 && <Text>{t(unreadOnly ? 'notifications.noneUnread' : 'notifications.none')}</Text>}
        {data && data.items.length > 0 && (
          <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.items.map((item) => (
              <NotificationRow key={item.id} item={item} onRead={() => markRead.mutate(item.id)} marking={markRead.isPending && markRead.variables === item.id} />
            ))}
          </Stack>
        )}
        {data && <ListPager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} keyPrefix="notifications" />}
      </section>
      <PreferencesSection />
    </Stack>
  );
}

function NotificationRow({ item, onRead, marking }: { item: NotificationItem; onRead: () => void; marking: boolean }) {
  const { t } = useTranslation();
  const unread = item.readAt === null;
  return (
    <Paper component="li" withBorder p="sm" data-unread={unread || undefined} style={unread ? { borderLeft: '4px solid var(--mantine-primary-color-filled)' } : undefined}>
      {/* The button sits beside the text where there is room and below it on a phone, never squeezed. */}
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4} style={{ flex: '1 1 18rem', minWidth: 0 }}>
          <Group gap="xs">
            {unread && (
              <Badge color="roder" variant="light">
                {t('notifications.new')}
              </Badge>
            )}
            <Text size="sm">
              {t(`notifications.topics.${item.topic}`)} · {formatDateTime(item.createdAt)}
            </Text>
          </Group>
          <Text fw={unread ? 600 : undefined}>{item.text}</Text>
          {item.link && (
            // A path inside Roder: the router follows it in the page, without reloading the app.
            <AnchorLink to={item.link as never} size="sm">
              {t('notifications.open')}
            </AnchorLink>
          )}
        </Stack>
        {unread && (
          <Button variant="default" size="xs" style={{ flexShrink: 0 }} onClick={onRead} loading={marking} aria-label={t('notifications.markReadNamed', { text: item.text })}>
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
