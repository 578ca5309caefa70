import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDecimal, formatKronor, formatNumber } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useLadder } from '../api/get-ladder';
import { EservicesNav } from './eservices-nav';
import { LadderChart } from './ladder-chart';

const STEPS = [1, 2, 3, 4] as const;

/** Statskontoret's ladder: services per step now and year by year, the weighted digital share, the candidates that pay best. */
export function LadderPage() {
  const { t } = useTranslation();
  const k = (key: string) => t(`eservices.ladder.${key}`);
  useDocumentTitle(k('title'));
  const query = useLadder();
  const data = query.data;
  const percent = (v: number | null) => (v === null ? k('noShare') : `${formatDecimal(v, 1)} %`);
  return (
    <Stack gap="lg" maw={1100}>
      <EservicesNav />
      <Title order={1}>{k('title')}</Title>
      <Text maw={800}>{k('intro')}</Text>
      {query.isError && <ErrorAlert error={query.error} />}
      {query.isPending && <PageLoader />}
      {data && (
        <>
          <DetailList
            cols={3}
            items={[
              { label: k('weightedShare'), value: percent(data.weightedDigitalShare) },
              { label: k('introducedShare'), value: percent(data.introducedShare) },
              { label: k('candidates'), value: formatNumber(data.candidates) },
            ]}
          />
          <section aria-labelledby="ladder-now">
            <Title order={2} size="h3" id="ladder-now" mb="sm">
              {k('now')}
            </Title>
            <Table striped verticalSpacing="xs" maw={800} id="ladder-steps">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{k('stepsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('eservices.fields.step')}</Table.Th>
                  <Table.Th scope="col" ta="right">{k('count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.steps.map((s) => (
                  <Table.Tr key={s.step}>
                    <Table.Th scope="row" fw={400}>
                      <AnchorLink to="/e-tjanster" search={{ step: String(s.step) as '1' | '2' | '3' | '4', candidate: 'false' }}>
                        {t(`eservices.steps.${s.step}`)}
                      </AnchorLink>
                      <Text size="sm">{t(`eservices.stepWords.${s.step}`)}</Text>
                    </Table.Th>
                    <Table.Td ta="right">{formatNumber(s.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" mt="xs">{t('eservices.stepSource')}</Text>
          </section>
          <section aria-labelledby="ladder-years">
            <Title order={2} size="h3" id="ladder-years" mb="sm">
              {k('byYearTitle')}
            </Title>
            {data.byYear.length === 0 ? (
              <Text>{k('noHistory')}</Text>
            ) : (
              <>
                <LadderChart byYear={data.byYear} tableId="ladder-by-year" />
                <TableScroll minWidth={600} label={k('byYearCaption')}>
                  <Table striped verticalSpacing="xs" id="ladder-by-year">
                    <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{k('byYearCaption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{k('year')}</Table.Th>
                        {STEPS.map((s) => (
                          <Table.Th key={s} scope="col" ta="right">
                            {t(`eservices.steps.${s}`)}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.byYear.map((y) => (
                        <Table.Tr key={y.year}>
                          <Table.Th scope="row">{y.year}</Table.Th>
                          {y.steps.map((s) => (
                            <Table.Td key={s.step} ta="right">
                              {formatNumber(s.count)}
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              </>
            )}
          </section>
          <section aria-labelledby="ladder-best">
            <Title order={2} size="h3" id="ladder-best" mb="sm">
              {k('bestTitle')}
            </Title>
            {data.bestCandidates.length === 0 ? (
              <Text>{k('noCandidates')}</Text>
            ) : (
              <TableScroll minWidth={600} label={k('bestCaption')}>
                <Table striped verticalSpacing="xs" id="ladder-best-candidates">
                  <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{k('bestCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{k('name')}</Table.Th>
                      <Table.Th scope="col" ta="right">{k('volume')}</Table.Th>
                      <Table.Th scope="col" ta="right">{k('npv')}</Table.Th>
                      <Table.Th scope="col">{k('payback')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.bestCandidates.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Th scope="row" fw={500}>
                          <AnchorLink to="/e-tjanster/$id" params={{ id: c.id }}>
                            {c.name}
                          </AnchorLink>
                          {c.started && (
                            <Text span size="sm" fw={400}>
                              {' '}
                              ({k('started')})
                            </Text>
                          )}
                        </Table.Th>
                        <Table.Td ta="right">{formatNumber(c.yearlyVolume)}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(c.netPresentValue)}</Table.Td>
                        <Table.Td>{c.paybackYear ?? k('noPayback')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
