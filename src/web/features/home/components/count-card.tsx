import { Paper, Text } from '@mantine/core';
import type { ApplicationFlag } from '../../../../shared/applications';
import { PlainLink } from '../../../kit/links/plain-link';
import classes from './count-card.module.css';

interface CountCardProps {
  label: string;
  value: string;
  /** The list the number counts: the whole register, or the systems with one deviation. */
  flag?: ApplicationFlag;
  /** Deviations stand out while there are any. */
  alert?: boolean;
}

/** A number that is also a way in: the whole card links to the list it counts. */
export function CountCard({ label, value, flag, alert }: CountCardProps) {
  return (
    <Paper withBorder p={0} className={classes.card} data-alert={alert || undefined}>
      <PlainLink to="/system" search={flag ? { flag } : {}} className={classes.link}>
        <Text fz={32} fw={700} lh={1.1} className={classes.value}>
          {value}
        </Text>{' '}
        <Text size="sm" fw={500}>
          {label}
        </Text>
      </PlainLink>
    </Paper>
  );
}
