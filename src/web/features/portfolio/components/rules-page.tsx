import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleKeys } from '../../../../shared/portfolio';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { PageLoader } from '../../../kit/page-loader';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useRules } from '../api/get-rules';
import type { RuleValueList } from '../api/types';
import { formatRuleValue } from '../lib/rule-units';
import { RuleForm, type RulePrefill } from './rule-form';

type RuleItem = RuleValueList['items'][number];

/** Regler: the values that steer the portfolio and the procurement route, each from its date, grouped by rule. */
export function RulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portfolio.rules.title'));
  const query = useRules();
  const [prefill, setPrefill] = useState<RulePrefill | null>(null);
  const r = (key: string) => t(`portfolio.rules.${key}`);
  const allowedManage = query.data?.allowedManage ?? false;
  const groups = new Map<string, RuleItem[]>();
  for (const item of query.data?.items ?? []) groups.set(item.key, [...(groups.get(item.key) ?? []), item]);
  const order = (key: string) => {
    const index = (ruleKeys as readonly string[]).indexOf(key);
    return index === -1 ? ruleKeys.length : index;
  };
  const keys = [...groups.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return (
    <Stack gap="lg" maw={1000}>
      <AnchorLink to="/portfolj" size="sm">
        {t('portfolio.detail.back')}
      </AnchorLink>
      <Title order={1}>{r('title')}</Title>
      <Text>{r('intro')}</Text>
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {keys.map((key) => {
        const label = t(`portfolio.rules.keys.${key}`, { defaultValue: key });
        const items = [...(groups.get(key) ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
        const headingId = `rule-${key}`;
        return (
          <section key={key} aria-labelledby={headingId}>
            <Title order={2} size="h4" id={headingId} mb="xs">
              {label}
            </Title>
            <TableScroll minWidth={600} label={label}>
              <Table striped verticalSpacing="xs" aria-labelledby={headingId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w="9rem">{r('effectiveFrom')}</Table.Th>
                    <Table.Th scope="col" w="14rem" ta="right">{r('value')}</Table.Th>
                    <Table.Th scope="col">{r('description')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => {
                    const value = formatRuleValue(item.key, item.value, t);
                    return (
                      <Table.Tr key={item.id}>
                        <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>{formatDate(item.effectiveFrom)}</Table.Th>
                        <Table.Td ta="right">
                          {value ?? (
                            <Stack gap={4} align="flex-end">
                              <Badge variant="outline" color="#8a4b00" tt="none">
                                {r('unknown')}
                              </Badge>
                              {allowedManage && (
                                <Button
                                  size="compact-sm"
                                  variant="default"
                                  aria-label={t('portfolio.rules.fillInNamed', { rule: label, date: formatDate(item.effectiveFrom) })}
                                  onClick={() => setPrefill({ key: item.key, effectiveFrom: item.effectiveFrom.slice(0, 10), description: item.description, nonce: Date.now() })}
                                >
                                  {r('fillIn')}
                                </Button>
                              )}
                            </Stack>
                          )}
                        </Table.Td>
                        <Table.Td>{item.description}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </section>
        );
      })}
      {query.data && keys.length === 0 && <Text>{r('empty')}</Text>}
      {allowedManage && <RuleForm prefill={prefill} />}
    </Stack>
  );
}
