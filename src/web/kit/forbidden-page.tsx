import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './links/anchor-link';
import { useDocumentTitle } from './use-document-title';

/** A page the person's role does not reach: said plainly, with a way back. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.forbidden.title'));
  return (
    <Stack gap="sm">
      <Title order={1}>{t('app.forbidden.title')}</Title>
      <Text>{t('app.forbidden.body')}</Text>
      <AnchorLink to="/">{t('app.notFound.home')}</AnchorLink>
    </Stack>
  );
}
