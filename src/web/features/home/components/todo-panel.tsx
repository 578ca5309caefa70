import { Badge, Group, List, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useMyWork } from '../api/use-my-work';

/**
 * "Att göra" on the start page: how many assignments the person owns are open (overdue ones
 * flagged) and how many remisses wait for their answer, each a link to its page. Nothing is shown
 * while there is nothing to do, nor while the numbers are read (the page does not jump).
 */
export function TodoPanel() {
  const { t } = useTranslation();
  const work = useMyWork();
  if (!work.ready || (work.openAssignments === 0 && work.awaitingAnswer === 0)) return null;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="home-todo" maw={720}>
      <Title order={2} size="h3" id="home-todo" mb="xs">
        {t('home.todo.title')}
      </Title>
      <List spacing="xs" listStyleType="none" p={0}>
        {work.openAssignments > 0 && (
          <List.Item>
            <Group gap="xs" wrap="wrap">
              <AnchorLink to="/styrdokument/mina-uppdrag" fw={500}>
                {t('home.todo.assignments', { count: work.openAssignments })}
              </AnchorLink>
              {work.overdueAssignments > 0 && (
                <Badge variant="filled" color="#b02525" tt="none">
                  {t('home.todo.overdue', { count: work.overdueAssignments })}
                </Badge>
              )}
            </Group>
          </List.Item>
        )}
        {work.awaitingAnswer > 0 && (
          <List.Item>
            <AnchorLink to="/remisser" fw={500}>
              {t('home.todo.consultations', { count: work.awaitingAnswer })}
            </AnchorLink>
          </List.Item>
        )}
      </List>
    </Paper>
  );
}
