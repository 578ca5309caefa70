import { Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useDecisions } from '../api/get-decisions';
import { CouncilNav } from './council-nav';
import { DecisionBadge } from './decision-badge';

/** Every decision the council has taken, searchable. */
export function DecisionLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('council.log.title'));
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const query = useDecisions(debounced.trim());
  const items = query.data?.items;
  const l = (key: string) => t(`council.log.${key}`);
  return (
    <Stack gap="md" maw={1200}>
      <CouncilNav />
      <Title order={1}>{l('title')}</Title>
      <form role="search" aria-label={l('search')} onSubmit={(e) => e.preventDefault()}>
        <TextInput id="decision-search" type="search" label={l('search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} maw={400} />
      </form>
      <Text role="status" fw={600}>
        {items ? t('council.log.count', { count: items.length }) : ''}
      </Text>
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {items && items.length === 0 && <Text>{l('empty')}</Text>}
      {items && items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{l('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('council.decide.decidedOn')}</Table.Th>
                <Table.Th scope="col">{t('council.addItem.itemTitle')}</Table.Th>
                <Table.Th scope="col">{t('council.decide.decision')}</Table.Th>
                <Table.Th scope="col">{t('council.decide.decisionText')}</Table.Th>
                <Table.Th scope="col">{t('council.decide.diarienummer')}</Table.Th>
                <Table.Th scope="col">{l('meeting')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.decidedOn)}</Table.Td>
                  <Table.Th scope="row" fw={500}>§ {item.number} {item.title}</Table.Th>
                  <Table.Td><DecisionBadge decision={item.decision} /></Table.Td>
                  <Table.Td>{item.decisionText}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.diarienummer ?? '–'}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/itrad/$id" params={{ id: item.meetingId }}>
                      {item.body} {formatDate(item.meetingDate)}
                    </AnchorLink>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
