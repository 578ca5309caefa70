import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { AcquisitionDetail } from '../api/types';
import { installableOutcomes, purchaseOutcomes } from '../lib/enums';
import { RouteBadge } from './route-badge';
import { RouteGrounds, routeSentence } from './route-grounds';

interface RouteSummaryProps {
  acquisition: AcquisitionDetail;
  onInstall: () => void;
}

/** Where the need stands: the outcome and its reason with its grounds (or the question asked now), and what followed from it. */
export function RouteSummary({ acquisition, onInstall }: RouteSummaryProps) {
  const { t } = useTranslation();
  const s = (key: string) => t(`acquisitions.summary.${key}`);
  const { outcome } = acquisition;
  const purchase = outcome !== null && purchaseOutcomes.includes(outcome);
  const installable = outcome !== null && installableOutcomes.includes(outcome);
  return (
    <section aria-labelledby="acquisition-summary">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group gap="sm" align="center">
            <Title order={2} size="h3" id="acquisition-summary">
              {outcome ? s('outcome') : s('next')}
            </Title>
            <RouteBadge step={acquisition.step} outcome={outcome} />
          </Group>
          {/* The reason once, on the page's top: a sentence, then its grounds as a table. */}
          <Text>{routeSentence(acquisition.route, acquisition.routedOn, t)}</Text>
          {acquisition.route.grounds?.mustDocument && <Text>{t('acquisitions.reasons.mustDocument')}</Text>}
          {acquisition.route.grounds && <RouteGrounds grounds={acquisition.route.grounds} />}
          {acquisition.route.provisional && (
            <Alert color="#8a4b00" variant="outline" title={s('provisionalTitle')}>
              <Stack gap={4} align="flex-start">
                <Text size="sm">{s('provisional')}</Text>
                <AnchorLink to="/portfolj/regler" size="sm">
                  {s('toRules')}
                </AnchorLink>
              </Stack>
            </Alert>
          )}
          {acquisition.aboveThreshold && (
            <Text size="sm">{purchase ? s('aboveThresholdPurchase') : s('aboveThreshold')}</Text>
          )}
          {acquisition.project && (
            <Text>
              {s('project')}{' '}
              <AnchorLink to="/portfolj/$id" params={{ id: acquisition.project.id }} fw={600}>
                {acquisition.project.name}
              </AnchorLink>
            </Text>
          )}
          {acquisition.application ? (
            <Text>
              {s('installed')}{' '}
              <AnchorLink to="/system/$id" params={{ id: acquisition.application.id }} fw={600}>
                {acquisition.application.name}
              </AnchorLink>
              {acquisition.installedOn && ` (${t('acquisitions.summary.installedOn', { date: formatDate(acquisition.installedOn) })})`}
              {acquisition.purchaseKind && `, ${t(`acquisitions.purchaseKinds.${acquisition.purchaseKind}`)}`}
            </Text>
          ) : (
            installable && (
              <Stack gap="xs">
                <Group gap="sm">
                  <Text size="sm">{s('notInstalled')}</Text>
                  {acquisition.allowed.install && (
                    <Button onClick={onInstall} size="sm" disabled={acquisition.installBlocked !== null} aria-describedby={acquisition.installBlocked ? 'install-blocked' : undefined}>
                      {t('acquisitions.install.open')}
                    </Button>
                  )}
                </Group>
                {acquisition.installBlocked && (
                  <Text size="sm" id="install-blocked">
                    {t(`acquisitions.summary.installBlocked.${acquisition.installBlocked}`)}
                  </Text>
                )}
              </Stack>
            )
          )}
        </Stack>
      </Card>
    </section>
  );
}
