import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AcquisitionDetail } from '../api/types';
import type { AcquisitionStep } from '../lib/enums';
import { reachedIndex, routeSteps } from '../lib/route-steps';
import { RouteStepBody } from './route-step-body';

interface RouteTimelineProps {
  acquisition: AcquisitionDetail;
  onReload: () => void;
  reloading: boolean;
}

/** The collaboration-first route, step by step: each step's answer, or the question asked now. */
export function RouteTimeline({ acquisition, onReload, reloading }: RouteTimelineProps) {
  const { t } = useTranslation();
  const [revising, setRevising] = useState<AcquisitionStep | null>(null);
  const steps = routeSteps(acquisition);
  const active = reachedIndex(steps);
  return (
    <section aria-labelledby="acquisition-route">
      <Stack gap="sm">
        <Title order={2} size="h3" id="acquisition-route">
          {t('acquisitions.route.title')}
        </Title>
        <Text maw={800}>{t('acquisitions.route.intro')}</Text>
        <Timeline active={active} bulletSize={28} lineWidth={2} mt="sm">
          {steps.map((view, index) => (
            <Timeline.Item
              key={view.step}
              bullet={
                <Text span size="sm" fw={700} aria-hidden="true">
                  {index + 1}
                </Text>
              }
              title={
                <Title order={3} size="h4" mb={4}>
                  {t('acquisitions.route.stepTitle', { number: index + 1, name: t(`acquisitions.steps.${view.step}.name`) })}
                  <Text span size="sm" fw={400} ml="xs">
                    ({t(`acquisitions.route.states.${view.state}`)})
                  </Text>
                </Title>
              }
            >
              <RouteStepBody
                acquisition={acquisition}
                view={view}
                revising={revising === view.step}
                onRevise={(on) => setRevising(on ? (view.step as AcquisitionStep) : null)}
                onReload={onReload}
                reloading={reloading}
              />
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </section>
  );
}
