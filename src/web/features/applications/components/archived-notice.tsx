import { Alert, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../shared/applications';
import { formatDateTime } from '../../../kit/format';
import { RestoreAction } from './restore-action';

/**
 * An archived system is out of the register's lists but not gone (DECISIONS.md 11). Said at the
 * top of its page, with the way back for those who may take it.
 */
export function ArchivedNotice({ application, onRestored }: { application: Application; onRestored: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="#8a4b00" variant="outline" title={t('applications.archived.noticeTitle')}>
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">
          {t('applications.archived.noticeBody', { date: formatDateTime(application.archivedAt) })}
        </Text>
        {application.allowed.archive && (
          <RestoreAction
            id={application.id}
            name={application.name}
            rowVersion={application.rowVersion}
            onRestored={onRestored}
          />
        )}
      </Group>
    </Alert>
  );
}
