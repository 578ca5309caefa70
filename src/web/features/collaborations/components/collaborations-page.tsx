import { Badge, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaboration } from '../../../../shared/collaborations';
import { isApiError } from '../../../kit/api-error';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useChangeMembership, useCollaborations, useCreateCollaboration, useInvite } from '../api/collaborations';

const k = (key: string) => `collaborations.admin.${key}`;

/** The admin's page: create a collaboration, answer invitations, invite municipalities, leave. */
export function CollaborationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t(k('title')));
  const query = useCollaborations();
  const create = useCreateCollaboration();
  const change = useChangeMembership();
  const [name, setName] = useState('');
  const [leaving, setLeaving] = useState<Collaboration | null>(null);
  if (query.isPending) return <PageLoader />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const invitations = query.data.items.filter((c) => c.status === 'invited');
  const mine = query.data.items.filter((c) => c.status === 'active');
  const manage = query.data.allowedManage;

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>{t(k('title'))}</Title>
        <Text>{t(k('intro'))}</Text>
        <AnchorLink to="/samverkan">{t(k('catalogueLink'))}</AnchorLink>
      </div>
      {change.isError && <ErrorAlert error={change.error} />}
      {invitations.length > 0 && (
        <section aria-labelledby="invitations-heading">
          <Title order={2} size="h3" id="invitations-heading" mb="sm">
            {t(k('invitations'))}
          </Title>
          <Stack gap="sm">
            {invitations.map((c) => (
              <Paper withBorder p="md" key={c.id}>
                <Text fw={600}>{c.name}</Text>
                <Text size="sm">{t(k('invitedBy'), { municipality: c.invitedBy ?? '' })}</Text>
                {manage && (
                  <Group mt="sm">
                    <Button
                      loading={change.isPending}
                      onClick={() => change.mutate({ id: c.id, version: c.membershipVersion, action: 'accept' }, { onSuccess: () => notifySuccess(t(k('accepted'), { name: c.name })) })}
                    >
                      {t(k('accept'), { name: c.name })}
                    </Button>
                    <Button
                      variant="default"
                      loading={change.isPending}
                      onClick={() => change.mutate({ id: c.id, version: c.membershipVersion, action: 'decline' }, { onSuccess: () => notifySuccess(t(k('declined'), { name: c.name })) })}
                    >
                      {t(k('decline'), { name: c.name })}
                    </Button>
                  </Group>
                )}
              </Paper>
            ))}
          </Stack>
        </section>
      )}
      <section aria-labelledby="mine-heading">
        <Title order={2} size="h3" id="mine-heading" mb="sm">
          {t(k('mine'))}
        </Title>
        {mine.length === 0 && <Text>{t(k('none'))}</Text>}
        <Stack gap="sm">
          {mine.map((c) => (
            <CollaborationCard key={c.id} collaboration={c} manage={manage} onLeave={() => setLeaving(c)} />
          ))}
        </Stack>
      </section>
      {manage && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(name, { onSuccess: () => setName('') });
          }}
        >
          <Group align="flex-end">
            <TextInput label={t(k('name'))} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={200} />
            <Button type="submit" loading={create.isPending}>
              {t(k('create'))}
            </Button>
          </Group>
          {create.isError && <ErrorAlert error={create.error} />}
        </form>
      )}
      <ConfirmDialog
        opened={leaving !== null}
        title={t(k('leaveTitle'))}
        body={t(k('leaveBody'))}
        confirmLabel={t(k('leaveConfirm'))}
        danger
        loading={change.isPending}
        onClose={() => setLeaving(null)}
        onConfirm={() =>
          leaving &&
          change.mutate(
            { id: leaving.id, version: leaving.membershipVersion, action: 'leave' },
            {
              onSuccess: () => {
                notifySuccess(t(k('left'), { name: leaving.name }));
                setLeaving(null);
              },
            },
          )
        }
      />
    </Stack>
  );
}

function CollaborationCard({ collaboration: c, manage, onLeave }: { collaboration: Collaboration; manage: boolean; onLeave: () => void }) {
  const { t } = useTranslation();
  const invite = useInvite();
  const [municipality, setMunicipality] = useState('');
  const headingId = `collaboration-${c.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {c.name}
      </Title>
      <List size="sm" mt="xs" aria-label={t(k('members'), { name: c.name })}>
        {c.members.map((m) => (
          <List.Item key={m.organisationId}>
            {m.name}{' '}
            {m.status === 'invited' && (
              <Badge variant="outline" color="#8a4b00" tt="none">
                {t(k('statusInvited'))}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
      {manage && (
        <>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              invite.mutate({ id: c.id, municipality }, { onSuccess: () => (notifySuccess(t(k('invited'), { municipality })), setMunicipality('')) });
            }}
          >
            <Group align="flex-end" mt="sm">
              <TextInput
                label={t(k('inviteLabel'), { name: c.name })}
                description={t(k('inviteHint'))}
                value={municipality}
                onChange={(e) => setMunicipality(e.currentTarget.value)}
                required
                maxLength={200}
                error={isApiError(invite.error) ? invite.error.errors[0]?.message : undefined}
              />
              <Button type="submit" variant="default" loading={invite.isPending}>
                {t(k('invite'))}
              </Button>
            </Group>
          </form>
          <Button variant="default" mt="sm" onClick={onLeave}>
            {t(k('leave'), { name: c.name })}
          </Button>
        </>
      )}
    </Paper>
  );
}
