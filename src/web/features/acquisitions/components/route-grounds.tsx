import { Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatKronor, formatNumber } from '../../../kit/format';
import { TableScroll } from '../../../kit/table-scroll';
import type { AcquisitionDetail } from '../api/types';
import { formatDay } from '../lib/format-day';

type Grounds = NonNullable<AcquisitionDetail['route']['grounds']>;
type Ground = Grounds['rules'][number];

/** The sentence for where the route stands, from its code, in the reader's language. */
export function routeSentence(route: AcquisitionDetail['route'], routedOn: AcquisitionDetail['routedOn'], t: TFunction): string {
  const { code } = route;
  if (code.startsWith('ask_')) return t(`acquisitions.steps.${code.slice(4)}.question`);
  if (code === 'no_rule_in_force') {
    return t('acquisitions.reasons.no_rule_in_force', {
      date: formatDay(routedOn.date),
      missing: route.missing.map((m) => t(`acquisitions.reasons.missing.${m}`)).join(', '),
    });
  }
  // An unknown code (a newer server) still reads: the server's own sentence.
  return t(`acquisitions.reasons.${code}`, { defaultValue: route.reason });
}

/**
 * The value, the date whose rules applied, and each rule used with its limit, the period it is in
 * force and its source, as one small table in the reader's language.
 */
export function RouteGrounds({ grounds }: { grounds: Grounds }) {
  const { t } = useTranslation();
  const g = (key: string, options?: Record<string, unknown>) => t(`acquisitions.grounds.${key}`, options);
  const caption = g('caption');
  const period = (rule: Ground) =>
    rule.effectiveUntil ? g('period', { from: formatDate(rule.effectiveFrom), until: formatDate(rule.effectiveUntil) }) : g('from', { from: formatDate(rule.effectiveFrom) });
  return (
    <TableScroll minWidth={640} label={caption}>
      <Table verticalSpacing="xs" withTableBorder>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{g('ground')}</Table.Th>
            <Table.Th scope="col">{g('amount')}</Table.Th>
            <Table.Th scope="col">{g('dates')}</Table.Th>
            <Table.Th scope="col">{g('source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{g('value')}</Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatKronor(grounds.value)}</Table.Td>
            <Table.Td>{g('rulesOn', { when: t(`acquisitions.detail.routedOn.${grounds.routedOn.basis}`, { date: formatDay(grounds.routedOn.date) }) })}</Table.Td>
            <Table.Td>{g('valueSource')}</Table.Td>
          </Table.Tr>
          {grounds.rules.map((rule) => (
            <Table.Tr key={rule.rule}>
              <Table.Th scope="row">
                {g(`rules.${rule.rule}`)}
                {rule.comparison && (
                  <Text size="sm" fw={400}>
                    {g(`comparison.${rule.comparison}`)}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatKronor(rule.amount)}
                </Text>
                {rule.perPbb !== null && <Text size="sm">{g('perPbb', { n: formatNumber(rule.perPbb) })}</Text>}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{period(rule)}</Text>
                  {rule.unknownNewerFrom && <Text size="sm">{g('unknownNewer', { date: formatDate(rule.unknownNewerFrom) })}</Text>}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {rule.law ? (
                    <Text size="sm" fw={600}>
                      {rule.law}
                    </Text>
                  ) : (
                    rule.rule === 'direct_limit_pbb' && <Text size="sm">{g('municipal')}</Text>
                  )}
                  <Text size="sm">{rule.source}</Text>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
