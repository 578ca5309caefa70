import { Button, Fieldset, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/organisation';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { useLiftSignInHold } from '../api/lift-sign-in-hold';

/** What failed sign-ins do to a login, and the admin's way to let the person in at once. */
export function PersonSignInHold({ person }: { person: Person }) {
  const { t } = useTranslation();
  const lift = useLiftSignInHold();
  return (
    <Fieldset legend={t('organisation.people.signInHold.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('organisation.people.signInHold.body')}</Text>
        {lift.isError && <ErrorAlert error={lift.error} title={t('organisation.people.signInHold.failed')} />}
        <Button
          variant="outline"
          loading={lift.isPending}
          onClick={() => lift.mutate(person.id, { onSuccess: () => notifySuccess(t('organisation.people.signInHold.lifted', { name: person.name })) })}
        >
          {t('organisation.people.signInHold.lift')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
