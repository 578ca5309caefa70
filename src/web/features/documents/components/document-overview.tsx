import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SteeringDocument } from '../../../../shared/documents';
import { DetailList } from '../../../kit/detail-list';
import { formatDate, formatDayOf } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { validityLabel, versionLabel } from '../lib/version-label';
import { DocumentFlagBadges } from './document-flag-badges';

const dash = '–';

/** The register entry: type, decision, validity, owner, revision and the documents around it. */
export function DocumentOverview({ doc, childrenOf }: { doc: SteeringDocument; childrenOf: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  const link = (id: string | null, title: string | null) =>
    id ? (
      <AnchorLink to="/styrdokument/$id" params={{ id }}>
        {title ?? id}
      </AnchorLink>
    ) : (
      dash
    );
  const decision = doc.decidedOn
    ? t('documents.detail.decision', { body: doc.decidingBody ?? dash, date: formatDate(doc.decidedOn) })
    : t('documents.detail.notDecided', { body: doc.decidingBody ?? dash });
  return (
    <DetailList
      items={[
        { label: t('documents.fields.typeId'), value: doc.typeName },
        { label: t('documents.fields.diarienummer'), value: doc.diarienummer ?? dash },
        { label: t('documents.fields.version'), value: versionLabel(t, doc) },
        { label: t('documents.fields.decision'), value: decision },
        {
          label: t('documents.fields.validity'),
          value: validityLabel(t, doc),
        },
        { label: t('documents.fields.ownerId'), value: doc.ownerName ?? t('documents.noOwner') },
        {
          label: t('documents.fields.revisionDueOn'),
          value: (
            <Stack gap={4} align="flex-start" component="span">
              <span>{formatDate(doc.revisionDueOn)}</span>
              <DocumentFlagBadges flags={doc.flags} />
            </Stack>
          ),
        },
        { label: t('documents.fields.parentId'), value: link(doc.parentId, doc.parentTitle) },
        {
          label: t('documents.fields.children'),
          value:
            childrenOf.length === 0 ? (
              dash
            ) : (
              <Stack gap={2} component="span">
                {childrenOf.map((child) => (
                  <span key={child.id}>{link(child.id, child.title)}</span>
                ))}
              </Stack>
            ),
        },
        ...(doc.replacedById ? [{ label: t('documents.fields.replacedById'), value: link(doc.replacedById, doc.replacedByTitle) }] : []),
        { label: t('documents.fields.updatedAt'), value: formatDayOf(doc.updatedAt) },
      ]}
    />
  );
}
