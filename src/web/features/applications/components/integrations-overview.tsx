import { List, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../shared/applications';

interface Flow {
  id: string;
  name: string;
  description: string;
}

function FlowList({ heading, flows, empty }: { heading: string; flows: Flow[]; empty: string }) {
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {heading}
      </Title>
      {flows.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <List spacing={4}>
          {flows.map((flow) => (
            <List.Item key={flow.id}>
              <AnchorLink to="/system/$id" params={{ id: flow.id }}>
                {flow.name}
              </AnchorLink>
              {flow.description && <Text span> – {flow.description}</Text>}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

export function IntegrationsOverview({ application }: { application: Application }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <FlowList
        heading={t('applications.detail.outgoing')}
        empty={t('applications.detail.noOutgoing')}
        flows={application.integrations.map((i) => ({ id: i.targetId, name: i.targetName, description: i.description }))}
      />
      <FlowList
        heading={t('applications.detail.incoming')}
        empty={t('applications.detail.noIncoming')}
        flows={application.incomingIntegrations.map((i) => ({
          id: i.sourceId,
          name: i.sourceName,
          description: i.description,
        }))}
      />
    </Stack>
  );
}
