import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../shared/applications';
import { formatDate, formatDateTime, formatKronor } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { capabilityName } from '../../../kit/organisation/capability-name';
import { useCapabilities } from '../../../kit/organisation/use-capabilities';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { DetailList } from '../../../kit/detail-list';
import { DisruptionTestsTable } from './disruption-tests-table';
import { FlagBadges } from './flag-badges';
import { IntegrationsOverview } from './integrations-overview';
import { QualityPanel } from './quality-panel';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ApplicationOverview({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const departments = useDepartments().data ?? [];
  const capabilities = useCapabilities().data ?? [];
  const none = '–';
  const names = (list: string[]) => (list.length ? list.join(', ') : none);
  const level = (value: number | null) =>
    value === null ? t('enums.classificationLevel.none') : `${value} – ${t(`enums.classificationLevel.${value}`)}`;

  return (
    <Stack gap="md">
      <Section title={t('applications.sections.deviations')}>
        <FlagBadges flags={a.flags} />
      </Section>
      <QualityPanel application={a} />
      <Section title={t('applications.sections.basics')}>
        <DetailList
          items={[
            { label: t('fields.kind'), value: t(`enums.kind.${a.kind}`) },
            { label: t('fields.vendor'), value: a.vendor ?? none },
            { label: t('fields.versions'), value: names(a.versions) },
            { label: t('fields.assessment'), value: a.assessment ? t(`enums.assessment.${a.assessment}`) : none },
            { label: t('fields.description'), value: a.description || none },
            ...(a.acquisition
              ? [
                  {
                    label: t('fields.acquisition'),
                    value: (
                      <AnchorLink to="/anskaffning/$id" params={{ id: a.acquisition.id }}>
                        {a.acquisition.title}
                      </AnchorLink>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      <Section title={t('applications.sections.responsibility')}>
        <DetailList
          items={[
            { label: t('fields.ownerId'), value: a.ownerName ?? t('applications.noOwner') },
            { label: t('fields.managerId'), value: a.managerName ?? none },
            {
              label: t('fields.departmentIds'),
              value: names(a.departmentIds.map((id) => departments.find((d) => d.id === id)?.name ?? id)),
            },
            {
              label: t('fields.capabilityIds'),
              value: names(
                a.capabilityIds.map((id) => {
                  const capability = capabilities.find((c) => c.id === id);
                  return capability ? capabilityName(capability) : id;
                }),
              ),
            },
            {
              label: t('fields.sharedWithCollaboration'),
              value: t(a.sharedWithCollaboration ? 'common.yes' : 'common.no'),
            },
          ]}
        />
      </Section>
      <Section title={t('applications.sections.security')}>
        <DetailList
          items={[
            { label: t('fields.personalData'), value: t(a.personalData ? 'common.yes' : 'common.no') },
            { label: t('fields.classification_k'), value: level(a.classification.k) },
            { label: t('fields.classification_r'), value: level(a.classification.r) },
            { label: t('fields.classification_t'), value: level(a.classification.t) },
          ]}
        />
      </Section>
      <Section title={t('applications.sections.contract')}>
        <DetailList
          items={[
            { label: t('fields.yearlyCost'), value: formatKronor(a.yearlyCost) },
            {
              label: t('fields.contract_agreement'),
              value: a.contract.agreement ? (
                <AnchorLink to="/avtal/$id" params={{ id: a.contract.agreement.id }}>
                  {a.contract.agreement.name}
                </AnchorLink>
              ) : (
                t('applications.form.ownContract')
              ),
            },
            { label: t('fields.contract_endDate'), value: formatDate(a.contract.endDate) },
            {
              label: t('fields.contract_noticeMonths'),
              value: a.contract.noticeMonths === null ? none : t('common.months', { count: a.contract.noticeMonths }),
            },
            { label: t('applications.detail.noticeDate'), value: formatDate(a.contract.noticeDate) },
          ]}
        />
      </Section>
      <Section title={t('applications.sections.integrations')}>
        <IntegrationsOverview application={a} />
      </Section>
      <Section title={t('applications.sections.disruptionTests')}>
        <DisruptionTestsTable tests={a.disruptionTests} />
      </Section>
      <Section title={t('applications.sections.record')}>
        <DetailList
          items={[
            { label: t('applications.detail.createdAt'), value: formatDateTime(a.createdAt) },
            { label: t('applications.detail.updatedAt'), value: formatDateTime(a.updatedAt) },
          ]}
        />
      </Section>
    </Stack>
  );
}
