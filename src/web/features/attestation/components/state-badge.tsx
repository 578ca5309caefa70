import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttestationTaskState } from '../../../../shared/attestation';

// Dark fills keep the white text above 4.5:1 (DECISIONS.md 24).
const colours: Record<AttestationTaskState, string> = { open: '#1c4f8a', confirmed: '#1e6b34', corrected: '#1e6b34', dropped: '#8a3c00' };

export function StateBadge({ state }: { state: AttestationTaskState }) {
  const { t } = useTranslation();
  return (
    // On one line: squeezed into a phone's table column, a wrapped label spills out of the pill.
    <Badge color={colours[state]} variant="filled" tt="none" styles={{ root: { flexShrink: 0 }, label: { whiteSpace: 'nowrap' } }}>
      {t(`attestation.state.${state}`)}
    </Badge>
  );
}
