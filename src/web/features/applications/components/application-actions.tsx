import { Group } from '@mantine/core';
import { ButtonLink } from '../../../kit/links/button-link';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../shared/applications';
import { ArchiveAction } from './archive-action';
import { PhaseOutAction } from './phase-out-action';

interface ApplicationActionsProps {
  application: Application;
  onReload: () => Promise<unknown>;
}

/** Only what the person may do is offered (`allowed` from the server). */
export function ApplicationActions({ application, onReload }: ApplicationActionsProps) {
  const { t } = useTranslation();
  if (!application.allowed.update && !application.allowed.archive) return null;
  return (
    <Group gap="sm">
      {application.allowed.update && (
        <>
          <ButtonLink to="/system/$id/redigera" params={{ id: application.id }}>
            {t('applications.actions.edit')}
          </ButtonLink>
          <PhaseOutAction application={application} onReload={onReload} />
        </>
      )}
      {application.allowed.archive && <ArchiveAction application={application} onReload={onReload} />}
    </Group>
  );
}
