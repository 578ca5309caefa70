import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { ListPager } from '../../../kit/list-pager';
import { formatNumber } from '../../../kit/format';
import { ButtonLink } from '../../../kit/links/button-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useProjects } from '../api/get-projects';
import type { ProjectListSearch } from '../api/types';
import { BenefitCostChart } from './benefit-cost-chart';
import { PortfolioFilters } from './portfolio-filters';
import { PortfolioSums } from './portfolio-sums';
import { PortfolioTimeline } from './portfolio-timeline';
import { ProjectTable } from './project-table';

export function PortfolioPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portfolio.list.title'));
  const [search, setSearch] = useState<ProjectListSearch>({});
  const list = useProjects(search);
  const data = list.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('portfolio.list.title')}</Title>
        <Group gap="sm">
          <ButtonLink to="/portfolj/regler" variant="subtle">
            {t('portfolio.list.rules')}
          </ButtonLink>
          {data?.allowedCreate && <ButtonLink to="/portfolj/ny">{t('portfolio.list.create')}</ButtonLink>}
        </Group>
      </Group>
      <PortfolioFilters search={search} onChange={setSearch} />
      <Text role="status" fw={600}>
        {data ? t('portfolio.list.count', { count: data.total, formatted: formatNumber(data.total) }) : ''}
      </Text>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <PageLoader />}
      {data && <PortfolioSums sums={data.sums} />}
      {data && data.items.length === 0 && <Text>{t('portfolio.list.empty')}</Text>}
      {data && data.items.length > 0 && (
        <Tabs defaultValue="table" keepMounted={false}>
          <Tabs.List aria-label={t('portfolio.list.views')}>
            <Tabs.Tab value="table">{t('portfolio.list.table')}</Tabs.Tab>
            <Tabs.Tab value="timeline">{t('portfolio.list.timeline')}</Tabs.Tab>
            <Tabs.Tab value="chart">{t('portfolio.list.chart')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="table" pt="md">
            <ProjectTable items={data.items} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline" pt="md">
            <PortfolioTimeline items={data.items} />
          </Tabs.Panel>
          <Tabs.Panel value="chart" pt="md">
            <BenefitCostChart items={data.items} />
          </Tabs.Panel>
        </Tabs>
      )}
      {data && (
        <ListPager
          keyPrefix="portfolio.list"
          showRange
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPage={(page) => setSearch({ ...search, page })}
        />
      )}
    </Stack>
  );
}
