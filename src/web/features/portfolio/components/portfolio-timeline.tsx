import { Box, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartLegend } from '../../../kit/chart-legend';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { ProjectListItem } from '../api/types';
import { HEALTH_LOOK, HealthBadge, NO_HEALTH_COLOR } from './health-badge';
import { ProjectStatusBadge } from './project-status-badge';

const DAY = 86_400_000;
const TABLE_ID = 'timeline-table';
const TODAY_COLOR = '#6b2d8a';
const healthColor = (health: ProjectListItem['health']) => (health ? HEALTH_LOOK[health].color : NO_HEALTH_COLOR);

/** A bar's look in small, with the health's shape beside it, for the legend. */
function BarSwatch({ health }: { health: ProjectListItem['health'] }) {
  return (
    <Box component="span" aria-hidden="true" style={{ display: 'inline-flex', alignItems: 'center', gap: 3 }}>
      <Box component="span" w={18} h={10} bg={healthColor(health)} style={{ display: 'inline-block', borderRadius: 3 }} />
      <Text span size="sm" c={healthColor(health)}>{health ? HEALTH_LOOK[health].symbol : '–'}</Text>
    </Box>
  );
}

const diamond = (done: boolean) => ({ transform: 'rotate(45deg)', border: '2px solid #212529', background: done ? '#212529' : 'white' });
const time = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`).getTime();

/**
 * A Gantt-like picture: one bar per project from start to end, on a shared axis of years,
 * coloured by health with the health's shape before the name (none for a closed or cancelled
 * project), milestones as diamonds and today as a dashed line; the legend says what each mark
 * means. The picture is one image to assistive technology; the table after it holds the same data.
 */
export function PortfolioTimeline({ items }: { items: ProjectListItem[] }) {
  const { t } = useTranslation();
  const dated = items.filter((item) => item.startDate && item.endDate);
  const starts = dated.map((item) => time(item.startDate!));
  const ends = dated.map((item) => time(item.endDate!));
  const min = starts.length ? Math.min(...starts) : Date.now();
  const max = ends.length ? Math.max(...ends) : Date.now() + DAY;
  const span = Math.max(DAY, max - min);
  const firstYear = new Date(min).getUTCFullYear();
  const lastYear = new Date(max).getUTCFullYear();
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const pct = (value: number) => `${((value - min) / span) * 100}%`;
  const today = Date.now();

  return (
    <Stack gap="md">
      <ChartLegend
        title={t('portfolio.timeline.legend')}
        entries={[
          ...(['green', 'yellow', 'red'] as const).map((health) => ({ key: health, mark: <BarSwatch health={health} />, label: t(`portfolio.health.${health}`) })),
          { key: 'none', mark: <BarSwatch health={null} />, label: t('portfolio.timeline.noHealth') },
          { key: 'today', mark: <Box component="span" aria-hidden="true" h={16} style={{ display: 'inline-block', borderLeft: `2px dashed ${TODAY_COLOR}` }} />, label: t('portfolio.timeline.today') },
          { key: 'done', mark: <Box component="span" aria-hidden="true" w={10} h={10} mx={3} style={{ display: 'inline-block', ...diamond(true) }} />, label: t('portfolio.timeline.milestoneDone') },
          { key: 'open', mark: <Box component="span" aria-hidden="true" w={10} h={10} mx={3} style={{ display: 'inline-block', ...diamond(false) }} />, label: t('portfolio.timeline.milestoneOpen') },
        ]}
      />
      <Box role="img" aria-label={t('portfolio.timeline.label')} aria-describedby={TABLE_ID} style={{ border: '1px solid #ced4da', borderRadius: 4, padding: 8 }}>
        <Box style={{ display: 'grid', gridTemplateColumns: 'minmax(160px, 28%) 1fr', rowGap: 4 }}>
          <div />
          <Box pos="relative" h={20}>
            {years.map((year) => (
              <Text key={year} size="xs" pos="absolute" left={pct(Math.max(min, Date.UTC(year, 0, 1)))} c="#495057">
                {year}
              </Text>
            ))}
          </Box>
          {dated.map((item) => {
            const start = time(item.startDate!);
            const end = time(item.endDate!);
            return (
              <Box key={item.id} style={{ display: 'contents' }}>
                <Text size="xs" truncate pr="xs">
                  <Text span size="xs" c={healthColor(item.health)} mr={4}>
                    {item.health ? HEALTH_LOOK[item.health].symbol : '–'}
                  </Text>
                  {item.name}
                </Text>
                <Box pos="relative" h={18} bg="#f1f3f5">
                  {min <= today && today <= max && <Box pos="absolute" top={0} bottom={0} left={pct(today)} style={{ borderLeft: `2px dashed ${TODAY_COLOR}` }} />}
                  <Box
                    pos="absolute"
                    top={3}
                    h={12}
                    left={pct(start)}
                    w={`${Math.max(0.5, ((end - start) / span) * 100)}%`}
                    bg={healthColor(item.health)}
                    style={{ borderRadius: 3 }}
                  />
                  {item.milestones.map((milestone) => (
                    // A milestone is a diamond on the bar: filled when done, hollow when not.
                    <Box
                      key={`${milestone.title}-${milestone.dueDate}`}
                      pos="absolute"
                      top={4}
                      w={10}
                      h={10}
                      left={`calc(${pct(time(milestone.dueDate))} - 5px)`}
                      style={diamond(milestone.doneOn !== null)}
                    />
                  ))}
                </Box>
              </Box>
            );
          })}
        </Box>
      </Box>
      <Table.ScrollContainer minWidth={600}>
        <Table striped verticalSpacing="xs" id={TABLE_ID}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('portfolio.timeline.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portfolio.fields.name')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.fields.status')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.fields.health')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.fields.startDate')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.fields.endDate')}</Table.Th>
              <Table.Th scope="col">{t('portfolio.timeline.milestones')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink to="/portfolj/$id" params={{ id: item.id }}>
                    {item.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td><ProjectStatusBadge status={item.status} /></Table.Td>
                <Table.Td><HealthBadge health={item.health} /></Table.Td>
                <Table.Td>{item.startDate ? formatDate(item.startDate) : t('portfolio.timeline.noDates')}</Table.Td>
                <Table.Td>{item.endDate ? formatDate(item.endDate) : t('portfolio.timeline.noDates')}</Table.Td>
                <Table.Td>
                  {item.milestones
                    .map((m) => `${m.title} ${formatDate(m.dueDate)}${m.doneOn ? ` (${t('portfolio.timeline.done')})` : ''}`)
                    .join('; ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
