import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../../../shared/portfolio';
import { isApiError } from '../../../kit/api-error';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useTransitionProject } from '../api/transition-project';
import type { Project } from '../api/types';
import { councilCodes, nextStatuses } from '../lib/enums';
import { ProjectStatusBadge } from './project-status-badge';

interface ProjectStatusActionsProps {
  project: Project;
  onReload: () => void;
  reloading: boolean;
}

/** The moves that end a project for good: closed and cancelled projects are never reopened. */
const IRREVERSIBLE: ReadonlySet<ProjectStatus> = new Set(['closed', 'cancelled']);

/** The status moves the project allows; a refused decision says why and points to the IT council. */
export function ProjectStatusActions({ project, onReload, reloading }: ProjectStatusActionsProps) {
  const { t } = useTranslation();
  const transition = useTransitionProject();
  const blockedRef = useRef<HTMLDivElement>(null);
  // A move that cannot be undone (closing, cancelling) asks first, with buttons that name it.
  const [confirming, setConfirming] = useState<ProjectStatus | null>(null);
  const error = transition.error;
  const blocked = isApiError(error) && error.status === 409 && councilCodes.has(error.code);
  useEffect(() => {
    if (blocked) blockedRef.current?.focus();
  }, [blocked, error]);

  const move = (to: ProjectStatus) =>
    transition.mutate(
      { id: project.id, rowVersion: project.rowVersion, to },
      { onSuccess: (saved) => notifySuccess(t('portfolio.actions.done', { status: t(`portfolio.status.${saved.status}`) })) },
    );
  const moves = project.allowed.transition ? nextStatuses[project.status] : [];

  return (
    <section aria-labelledby="project-status">
      <Stack gap="sm">
        <Title order={2} size="h3" id="project-status">
          {t('portfolio.actions.title')}
        </Title>
        <Group gap="xs">
          <Text>{t('portfolio.actions.current')}</Text>
          <ProjectStatusBadge status={project.status} />
        </Group>
        {moves.length > 0 && (
          <Group gap="sm">
            {moves.map((to) => (
              <Button
                key={to}
                variant={to === 'cancelled' || to === 'idea' ? 'default' : 'filled'}
                loading={transition.isPending && transition.variables?.to === to}
                disabled={transition.isPending}
                onClick={() => (IRREVERSIBLE.has(to) ? setConfirming(to) : move(to))}
              >
                {t(`portfolio.actions.to.${to}`)}
              </Button>
            ))}
          </Group>
        )}
        <ConfirmDialog
          opened={confirming !== null}
          title={confirming ? t(`portfolio.actions.to.${confirming}`) : ''}
          body={confirming ? t(`portfolio.actions.confirm.${confirming}`) : ''}
          confirmLabel={confirming ? t(`portfolio.actions.to.${confirming}`) : ''}
          cancelLabel={t('portfolio.actions.confirm.keep')}
          danger
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            if (confirming) move(confirming);
            setConfirming(null);
          }}
        />
        {blocked && (
          <Alert ref={blockedRef} tabIndex={-1} role="alert" color="#8a4b00" variant="outline" title={t('portfolio.actions.blocked')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{error.detail ?? error.message}</Text>
              <AnchorLink to="/itrad" search={{ projekt: project.id }} fw={600}>
                {t('portfolio.actions.toCouncil')}
              </AnchorLink>
            </Stack>
          </Alert>
        )}
        {isApiError(error) && error.status === 412 && (
          <ConflictAlert
            reloading={reloading}
            onReload={() => {
              transition.reset();
              onReload();
            }}
          />
        )}
        {error && !blocked && !(isApiError(error) && error.status === 412) && <ErrorAlert error={error} />}
      </Stack>
    </section>
  );
}
