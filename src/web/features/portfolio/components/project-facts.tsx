import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { formatDate, formatKronor } from '../../../kit/format';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { useApplicationNames } from '../api/get-application-names';
import { useGoalOptions } from '../api/get-link-options';
import type { Project } from '../api/types';
import { HealthBadge } from './health-badge';

/** What the project is: owner, period, costs, health with its reason, systems and milestones. */
export function ProjectFacts({ project }: { project: Project }) {
  const { t } = useTranslation();
  const departments = new Map((useDepartments().data ?? []).map((d) => [d.id, d.name]));
  const systems = new Map((useApplicationNames().data ?? []).map((a) => [a.id, a.name]));
  const goals = new Map((useGoalOptions().data ?? []).map((g) => [g.id, `${g.title} (${g.documentTitle})`]));
  const f = (key: string) => t(`portfolio.fields.${key}`);
  return (
    <Stack gap="lg">
      <section aria-labelledby="project-facts">
        <Title order={2} size="h3" id="project-facts" mb="sm">
          {t('portfolio.detail.facts')}
        </Title>
        {project.purpose && <Text mb="sm" style={{ whiteSpace: 'pre-wrap' }}>{project.purpose}</Text>}
        <DetailList
          cols={3}
          items={[
            { label: f('kind'), value: t(`portfolio.kinds.${project.kind}`) },
            { label: f('ownerId'), value: project.ownerName ?? t('portfolio.detail.noOwner') },
            { label: f('sponsorId'), value: project.sponsorName ?? t('portfolio.detail.noOwner') },
            { label: f('departmentIds'), value: project.departmentIds.map((id) => departments.get(id) ?? '…').join(', ') || '–' },
            { label: f('goalIds'), value: project.goalIds.map((id) => goals.get(id) ?? '…').join('; ') || '–' },
            { label: f('period'), value: `${formatDate(project.startDate)} – ${formatDate(project.endDate)}` },
            { label: f('totalInvestment'), value: formatKronor(project.totalInvestment) },
            { label: f('yearlyRunningCost'), value: formatKronor(project.yearlyRunningCost) },
            { label: f('horizonYears'), value: project.horizonYears },
            {
              label: f('health'),
              value: (
                <Stack gap={2}>
                  <HealthBadge health={project.health} />
                  {project.health !== null && project.healthReason && <Text size="sm">{project.healthReason}</Text>}
                </Stack>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="project-systems">
        <Title order={2} size="h3" id="project-systems" mb="sm">
          {t('portfolio.detail.systems')}
        </Title>
        {project.systems.length === 0 ? (
          <Text>{t('portfolio.detail.noSystems')}</Text>
        ) : (
          <List>
            {project.systems.map((s) => (
              <List.Item key={s.applicationId}>
                {systems.get(s.applicationId) ?? '…'} – {t(`portfolio.relations.${s.relation}`)}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="project-milestones">
        <Title order={2} size="h3" id="project-milestones" mb="sm">
          {t('portfolio.detail.milestones')}
        </Title>
        {project.milestones.length === 0 ? (
          <Text>{t('portfolio.detail.noMilestones')}</Text>
        ) : (
          <List>
            {project.milestones.map((m, i) => (
              <List.Item key={i}>
                {m.title} – {formatDate(m.dueDate)} ({m.doneOn ? `${t('portfolio.detail.done')} ${formatDate(m.doneOn)}` : t('portfolio.detail.notDone')})
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}
