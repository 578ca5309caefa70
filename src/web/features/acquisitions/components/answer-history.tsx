import { Badge, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../kit/table-scroll';
import { formatDateTime } from '../../../kit/format';
import type { AnswerView } from '../api/types';
import { describeAnswer } from '../lib/answer-text';

/** Every answer ever given, replaced ones too, newest first: who answered what, and when. */
export function AnswerHistory({ answers }: { answers: AnswerView[] }) {
  const { t } = useTranslation();
  const h = (key: string) => t(`acquisitions.history.${key}`);
  const sorted = [...answers].sort((a, b) => b.answeredAt.localeCompare(a.answeredAt));
  return (
    <section aria-labelledby="acquisition-history">
      <Title order={2} size="h3" id="acquisition-history" mb="sm">
        {h('title')}
      </Title>
      {sorted.length === 0 ? (
        <Text>{h('empty')}</Text>
      ) : (
        <TableScroll minWidth={760} label={h('caption')}>
          <Table striped verticalSpacing="xs">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{h('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{h('when')}</Table.Th>
                <Table.Th scope="col">{h('step')}</Table.Th>
                <Table.Th scope="col">{h('answer')}</Table.Th>
                <Table.Th scope="col">{h('who')}</Table.Th>
                <Table.Th scope="col">{h('comment')}</Table.Th>
                <Table.Th scope="col">{h('state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.answeredAt)}</Table.Td>
                  <Table.Th scope="row" fw={500}>{t(`acquisitions.steps.${a.step}.short`)}</Table.Th>
                  <Table.Td td={a.superseded ? 'line-through' : undefined}>{describeAnswer(t, a)}</Table.Td>
                  <Table.Td>{a.answeredByName ?? '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.comment || '–'}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={a.superseded ? '#495057' : '#0b6b4f'} tt="none">
                      {a.superseded ? h('superseded') : h('inForce')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
