import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import { TableScroll } from '../../../kit/table-scroll';
import { useCompiledAnswers } from '../api/use-consultations';

/** The compiled remiss answers (sammanställning) kept with a decided version, one row per comment. */
export function CompiledAnswers({ documentId, version }: { documentId: string; version: number }) {
  const { t } = useTranslation();
  const query = useCompiledAnswers(documentId, version);
  const data = query.data;
  if (!data || data.rounds.length === 0) return null;
  return (
    <section aria-labelledby="compiled-answers">
      <Title order={2} size="h3" id="compiled-answers" mb="sm">
        {t('consultations.compiled.title')}
      </Title>
      <Stack gap="xs" mb="sm">
        {data.rounds.map((round) => (
          <Text key={round.id} size="sm">
            {t('consultations.compiled.round', { date: formatDate(round.lastAnswerOn) })}
            {round.notAnswered.length > 0 ? ` ${t('consultations.page.notAnswered', { names: round.notAnswered.join(', ') })}` : ''}
          </Text>
        ))}
      </Stack>
      {data.rows.length === 0 ? (
        <Text>{t('consultations.compiled.none')}</Text>
      ) : (
        <TableScroll minWidth={720} label={t('consultations.compiled.title')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consultations.compiled.recipient')}</Table.Th>
                <Table.Th>{t('consultations.compiled.target')}</Table.Th>
                <Table.Th>{t('consultations.compiled.comment')}</Table.Th>
                <Table.Th>{t('consultations.compiled.response')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((row, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{row.recipient}</Table.Td>
                  <Table.Td>{row.target || t('consultations.target.whole')}</Table.Td>
                  <Table.Td>{row.noObjection ? t('consultations.answer.noObjection') : row.comment}</Table.Td>
                  <Table.Td>
                    {row.response ? t(`consultations.response.${row.response}`) : row.noObjection ? '' : t('consultations.compiled.noResponse')}
                    {row.responseText ? `: ${row.responseText}` : ''}
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
