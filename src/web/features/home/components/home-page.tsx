import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { PageLoader } from '../../../kit/page-loader';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { flagsInOrder, useRegisterSummary } from '../api/get-register-summary';
import { CountCard } from './count-card';

/** Read after the first page: it brings the assignments' and remisses' endpoints. */
const TodoPanel = lazy(() => import('./todo-panel').then((m) => ({ default: m.TodoPanel })));

/**
 * The start page. notices are what other features put before the person first (the steering
 * documents due for revision), extra what follows the register's numbers (its data quality); the
 * router composes them, since features never import each other.
 */
export function HomePage({ notices, extra }: { notices?: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const session = useSession();
  const counts = useRegisterSummary();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('home.title')}</Title>
        {session && <Text>{t('home.welcome', { name: session.person.name, municipality: session.organisation.name })}</Text>}
      </div>
      <Suspense fallback={null}>
        <TodoPanel />
      </Suspense>
      {notices}
      {counts.isPending && <PageLoader />}
      {counts.isError && <ErrorAlert error={counts.error} />}
      {counts.data && (
        <>
          <section aria-labelledby="home-register">
            <Title order={2} size="h3" id="home-register" mb="sm">
              {t('home.register')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <CountCard label={t('home.systemsInRegister')} value={formatNumber(counts.data.total)} />
            </SimpleGrid>
          </section>
          <section aria-labelledby="home-deviations">
            <Title order={2} size="h3" id="home-deviations" mb="xs">
              {t('home.deviations')}
            </Title>
            <Text size="sm" mb="sm">
              {t('home.deviationsIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {flagsInOrder.map((flag) => (
                <CountCard
                  key={flag}
                  label={t(`enums.flag.${flag}`)}
                  value={formatNumber(counts.data.flags[flag] ?? 0)}
                  alert={(counts.data.flags[flag] ?? 0) > 0}
                  flag={flag}
                />
              ))}
            </SimpleGrid>
          </section>
        </>
      )}
      {extra}
      <AnchorLink to="/overlapp">
        {t('home.overlapsLink')}
      </AnchorLink>
    </Stack>
  );
}
