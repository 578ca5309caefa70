import { Alert, Button, Checkbox, Radio, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { type Preferences, usePreferences, useSavePreferences } from '../api/preferences';

type Digest = Preferences['digest'];
type Topic = Preferences['topics'][number];

/** How often the digest mail comes, and which topics it leaves out (the list above shows them all). */
export function PreferencesSection() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const save = useSavePreferences();
  const [digest, setDigest] = useState<Digest>('daily');
  const [optedOut, setOptedOut] = useState<Topic[]>([]);
  const data = preferences.data;
  useEffect(() => {
    if (!data) return;
    setDigest(data.digest);
    setOptedOut(data.optedOut);
  }, [data]);
  const conflict = isApiError(save.error) && save.error.status === 412;

  return (
    <section aria-labelledby="installningar" id="installningar">
      <Title order={2} id="installningar" size="h3" mb="xs">
        {t('notifications.prefs.title')}
      </Title>
      <Text mb="sm">{t('notifications.prefs.intro')}</Text>
      {preferences.isPending && <PageLoader />}
      {preferences.isError && <ErrorAlert error={preferences.error} />}
      {data && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ input: { digest, optedOut }, rowVersion: data.rowVersion }, { onSuccess: () => notifySuccess(t('notifications.prefs.saved')) });
          }}
        >
          <Stack gap="md" align="flex-start">
            {data.email ? (
              <Text size="sm">{t('notifications.prefs.email', { email: data.email })}</Text>
            ) : (
              <Alert variant="outline" color="#8a4b00">
                {t('notifications.prefs.noEmail')}
              </Alert>
            )}
            <Radio.Group label={t('notifications.prefs.digest')} value={digest} onChange={(value) => setDigest(value as Digest)}>
              <Stack gap="xs" mt="xs">
                {(['daily', 'weekly', 'none'] as const).map((value) => (
                  <Radio key={value} value={value} label={t(`notifications.prefs.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <Checkbox.Group
              label={t('notifications.prefs.topics')}
              description={t('notifications.prefs.topicsHelp')}
              value={data.topics.filter((topic) => !optedOut.includes(topic))}
              onChange={(wanted) => setOptedOut(data.topics.filter((topic) => !wanted.includes(topic)))}
            >
              <Stack gap="xs" mt="xs">
                {data.topics.map((topic) => (
                  <Checkbox key={topic} value={topic} label={t(`notifications.topics.${topic}`)} disabled={digest === 'none'} />
                ))}
              </Stack>
            </Checkbox.Group>
            {conflict && <ConflictAlert onReload={() => { save.reset(); void preferences.refetch(); }} reloading={preferences.isFetching} />}
            {save.isError && !conflict && <ErrorAlert error={save.error} />}
            <Button type="submit" loading={save.isPending}>
              {t('notifications.prefs.save')}
            </Button>
          </Stack>
        </form>
      )}
    </section>
  );
}
