import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpNode as Node } from '../../../../shared/goals';
import { ButtonLink } from '../../../kit/links/button-link';
import { FollowUpKpiTable } from './follow-up-kpi-table';
import { KpiStatusBadge } from './kpi-status-badge';
import classes from './follow-up.module.css';

interface FollowUpNodeProps {
  node: Node;
  documentId: string;
  /** 2 for the top (under the page's h1), one deeper per level, never past 6. */
  level: number;
  canAddKpi: boolean;
}

/** A vision, focus area or goal with its status; a goal lists its KPIs. Headings follow the tree. */
export function FollowUpNode({ node, documentId, level, canAddKpi }: FollowUpNodeProps) {
  const { t } = useTranslation();
  const headingId = `goal-${node.itemId}`;
  const title = `${node.number ? `${node.number} ` : ''}${node.title}`;
  return (
    <section aria-labelledby={headingId} className={node.kind === 'goal' ? classes.goal : classes.area}>
      <Stack gap="xs">
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={Math.min(6, level) as 2 | 3 | 4 | 5 | 6} size={level <= 2 ? 'h3' : 'h4'} id={headingId}>
            <Text span size="sm" fw={600} c="dimmed" mr={6}>
              {t(`goals.kinds.${node.kind}`)}
            </Text>
            {title}
          </Title>
          <KpiStatusBadge status={node.status} />
        </Group>
        {node.kind === 'goal' && (
          <>
            {node.kpis.length > 0 ? (
              <FollowUpKpiTable kpis={node.kpis} goalTitle={title} />
            ) : (
              <Group gap="xs">
                <Badge variant="outline" color="#495057" tt="none">
                  {t('goals.followUp.noKpis')}
                </Badge>
              </Group>
            )}
            {canAddKpi && (
              <div>
                <ButtonLink
                  to="/nyckeltal/ny"
                  search={{ document: documentId, goal: node.itemId }}
                  size="compact-sm"
                  variant="light"
                  aria-label={t('goals.followUp.addKpiTo', { goal: title })}
                >
                  {t('goals.followUp.addKpi')}
                </ButtonLink>
              </div>
            )}
          </>
        )}
        {node.children.map((child) => (
          <FollowUpNode key={child.itemId} node={child} documentId={documentId} level={level + 1} canAddKpi={canAddKpi} />
        ))}
      </Stack>
    </section>
  );
}
