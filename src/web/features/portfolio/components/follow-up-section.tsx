import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatKronor } from '../../../kit/format';
import { TableScroll } from '../../../kit/table-scroll';
import type { Project } from '../api/types';

/** Efterkalkyl (estimated against actual) and effekthemtagning (follow-ups, overdue flagged). */
export function FollowUpSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const f = (key: string, values?: Record<string, string>) => t(`portfolio.followUp.${key}`, values ?? {});
  return (
    <Stack gap="lg">
      <section aria-labelledby="project-post">
        <Title order={2} size="h3" id="project-post" mb="sm">
          {f('post')}
        </Title>
        {project.postCalculation.length === 0 ? (
          <Text>{f('noPost')}</Text>
        ) : (
          <TableScroll minWidth={600} label={f('post')}>
            <Table striped verticalSpacing="xs">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{f('postCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('portfolio.fields.year')}</Table.Th>
                  <Table.Th scope="col" ta="right">{f('estimatedCost')}</Table.Th>
                  <Table.Th scope="col" ta="right">{f('actualCost')}</Table.Th>
                  <Table.Th scope="col" ta="right">{f('estimatedBenefit')}</Table.Th>
                  <Table.Th scope="col" ta="right">{f('actualBenefit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {project.postCalculation.map((row) => (
                  <Table.Tr key={row.year}>
                    <Table.Th scope="row">{row.year}</Table.Th>
                    <Table.Td ta="right">{formatKronor(row.estimatedCost)}</Table.Td>
                    <Table.Td ta="right">{formatKronor(row.actualCost)}</Table.Td>
                    <Table.Td ta="right">{formatKronor(row.estimatedBenefit)}</Table.Td>
                    <Table.Td ta="right">{formatKronor(row.actualBenefit)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="project-realisation">
        <Title order={2} size="h3" id="project-realisation" mb="sm">
          {f('realisation')}
        </Title>
        {project.realisation.length === 0 ? (
          <Text>{f('noRealisation')}</Text>
        ) : (
          <TableScroll minWidth={600} label={f('realisation')}>
            <Table striped verticalSpacing="xs">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{f('realisationCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('portfolio.fields.title')}</Table.Th>
                  <Table.Th scope="col">{t('portfolio.fields.dueDate')}</Table.Th>
                  <Table.Th scope="col">{t('portfolio.fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('portfolio.fields.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {project.realisation.map((row, index) => (
                  <Table.Tr key={index}>
                    <Table.Th scope="row" fw={500}>{row.title}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.dueDate)}</Table.Td>
                    <Table.Td>
                      {row.doneOn ? (
                        f('done', { date: formatDate(row.doneOn) })
                      ) : row.overdue ? (
                        <Badge variant="outline" color="#b02525" tt="none">
                          <span aria-hidden="true">■ </span>
                          {f('overdue')}
                        </Badge>
                      ) : (
                        f('planned')
                      )}
                    </Table.Td>
                    <Table.Td>{row.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </section>
    </Stack>
  );
}
