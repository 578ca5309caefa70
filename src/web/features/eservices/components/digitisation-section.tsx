import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EserviceDetail } from '../../../../shared/eservices';
import { DetailList } from '../../../kit/detail-list';
import { formatDecimal, formatKronor } from '../../../kit/format';
import { ValuationYearTable } from '../../../kit/valuation-year-table';

const COLUMNS = ['investment', 'running', 'cost', 'indirect', 'direct', 'net', 'cumulativeNet', 'discountedNet'] as const;

/** "Does digitising this pay, and when": the answer in words, the key figures, and the valuation year by year as projects show it. */
export function DigitisationSection({ service }: { service: EserviceDetail }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`eservices.valuation.${key}`);
  const v = service.valuation;
  const d = service.digitisation;
  return (
    <section aria-labelledby="eservice-valuation">
      <Stack gap="md">
        <Title order={2} size="h3" id="eservice-valuation">
          {k('title')}
        </Title>
        {!v || !d ? (
          <Text>{k('none')}</Text>
        ) : (
          <>
            <Alert variant="outline" color={v.paybackYear === null ? '#8a4b00' : '#1c4f8a'} data-testid="digitisation-answer">
              {v.paybackYear === null
                ? t('eservices.valuation.answerNot', { years: d.horizonYears, net: formatKronor(v.peng.net) })
                : t('eservices.valuation.answerPays', { year: v.paybackYear, years: d.horizonYears, net: formatKronor(v.peng.net) })}
            </Alert>
            <DetailList
              cols={3}
              items={[
                { label: k('hours'), value: t('eservices.valuation.hoursValue', { hours: formatDecimal(service.hoursSavedPerYear ?? 0, 1) }) },
                { label: k('npv'), value: formatKronor(v.netPresentValue) },
                { label: k('payback'), value: v.paybackYear ?? k('noPayback') },
                { label: k('discountRate'), value: `${formatDecimal(v.discountRate * 100, 1)} %` },
                { label: t('eservices.form.hourlyCost'), value: formatKronor(d.hourlyCost) },
                { label: t('eservices.form.minutesSavedPerCase'), value: formatDecimal(d.minutesSavedPerCase, 1) },
              ]}
            />
            <ValuationYearTable years={v.years} columns={COLUMNS} caption={k('caption')} heading={k} />
          </>
        )}
      </Stack>
    </section>
  );
}
