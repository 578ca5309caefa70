import { Button, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualityWeights } from '../../../../shared/quality';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useQualityWeights, useUpdateQualityWeights } from '../api/quality';

// Restated (the shared array would bring zod into the bundle); the compiler checks it is complete.
const fields = Object.keys({
  owner: true,
  manager: true,
  classification: true,
  yearlyCost: true,
  supplier: true,
  capability: true,
  contract: true,
  department: true,
  description: true,
} satisfies Record<keyof QualityWeights, true>) as (keyof QualityWeights)[];

/** The admin's page for the completeness score's weights (saved under If-Match; every system rescored). */
export function QualityWeightsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('quality.weights.title'));
  const query = useQualityWeights();
  const update = useUpdateQualityWeights();
  const [values, setValues] = useState<QualityWeights | null>(null);
  useEffect(() => {
    if (query.data) setValues(query.data.weights);
  }, [query.data]);

  if (query.isPending) return <PageLoader />;
  if (query.isError || !query.data || !values) return <ErrorAlert error={query.error} />;
  const { allowedManage, defaults, rowVersion } = query.data;
  const total = fields.reduce((sum, f) => sum + (values[f] ?? 0), 0);
  const conflict = isApiError(update.error) && update.error.status === 412;

  return (
    <Stack gap="md" maw={800}>
      <Title order={1}>{t('quality.weights.title')}</Title>
      <Text>{t('quality.weights.intro')}</Text>
      {rowVersion === 0 && <Text size="sm">{t('quality.weights.usingDefaults')}</Text>}
      {!allowedManage && <Text size="sm">{t('quality.weights.readOnly')}</Text>}
      {conflict && (
        <ConflictAlert
          reloading={query.isFetching}
          onReload={() => {
            update.reset();
            void query.refetch();
          }}
        />
      )}
      {update.isError && !conflict && <ErrorAlert error={update.error} />}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ weights: values, rowVersion }, { onSuccess: () => notifySuccess(t('quality.weights.saved')) });
        }}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {fields.map((field) => (
              <NumberInput
                key={field}
                label={t(`quality.fields.${field}`)}
                aria-label={t('quality.weights.weightOf', { field: t(`quality.fields.${field}`) })}
                min={0}
                max={100}
                step={1}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="strict"
                disabled={!allowedManage}
                value={values[field]}
                onChange={(value) => setValues({ ...values, [field]: typeof value === 'number' ? value : 0 })}
              />
            ))}
          </SimpleGrid>
          <Text role="status">{t('quality.weights.total', { total })}</Text>
          {allowedManage && (
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t('quality.weights.save')}
              </Button>
              <Button variant="default" onClick={() => setValues(defaults)}>
                {t('quality.weights.defaults')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
