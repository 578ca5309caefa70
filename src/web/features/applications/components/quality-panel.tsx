import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../shared/applications';
import { AnchorLink } from '../../../kit/links/anchor-link';

/**
 * The system's completeness score and what is missing, each a link to the form (strings from the
 * 'quality' area, which the detail page loads with it).
 */
export function QualityPanel({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { score, band, missing } = application.quality;
  const canEdit = application.allowed.update && !application.archivedAt;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quality-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="quality-heading">
          {t('quality.title')}
        </Title>
        <Text>
          <Text span fw={700} data-testid="quality-score">
            {t('quality.score', { score })}
          </Text>{' '}
          ({t(`quality.bandNames.${band}`)})
        </Text>
        <Text size="sm">{t('quality.detail.intro')}</Text>
        {missing.length === 0 ? (
          <Text size="sm">{t('quality.detail.complete')}</Text>
        ) : (
          <>
            <Title order={3} size="h5">
              {t('quality.detail.missing')}
            </Title>
            <List size="sm" data-testid="quality-missing">
              {missing.map((field) => (
                <List.Item key={field}>
                  {canEdit ? (
                    <AnchorLink to="/system/$id/redigera" params={{ id: application.id }}>
                      {t('quality.detail.missingHint', { field: t(`quality.fields.${field}`) })}
                    </AnchorLink>
                  ) : (
                    t(`quality.fields.${field}`)
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
