import { Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../kit/links/anchor-link';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../kit/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFound.title'));
  return (
    <Stack gap="sm">
      <Title order={1}>{t('app.notFound.title')}</Title>
      <Text>{t('app.notFound.body')}</Text>
      <AnchorLink to="/">
        {t('app.notFound.home')}
      </AnchorLink>
    </Stack>
  );
}
