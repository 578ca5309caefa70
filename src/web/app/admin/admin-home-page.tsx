import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../kit/links/anchor-link';
import { hasPermission } from '../../kit/session/has-permission';
import { useSession } from '../../kit/session/use-session';
import { useDocumentTitle } from '../../kit/use-document-title';
import { adminLinks } from './admin-links';

/** The way into the admin area: each part with a sentence on what it is for. */
export function AdminHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  const session = useSession();
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('admin.title')}</Title>
        <Text>{t('admin.intro')}</Text>
      </div>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {adminLinks
          .filter((link) => hasPermission(session, link.permission))
          .map((link) => (
            <Paper component="li" withBorder p="md" key={link.to}>
              <AnchorLink to={link.to} fw={600} fz="lg">
                {t(`admin.${link.key}.title`)}
              </AnchorLink>
              <Text size="sm" mt={4}>
                {t(`admin.${link.key}.description`)}
              </Text>
            </Paper>
          ))}
      </SimpleGrid>
    </Stack>
  );
}
