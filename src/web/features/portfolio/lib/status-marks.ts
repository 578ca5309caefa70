import type { ProjectStatus } from '../../../../shared/portfolio';
import type { MarkShape } from '../../../kit/chart-legend';

/**
 * How a project's status is drawn in a chart: a shape as well as a colour, so no one needs to
 * tell colours apart. Dark shades, each at least 4.5:1 against white.
 */
export const STATUS_MARKS: Record<ProjectStatus, { shape: MarkShape; color: string }> = {
  idea: { shape: 'diamond', color: '#6b2d8a' },
  prestudy: { shape: 'triangle', color: '#8a4b00' },
  approved: { shape: 'square', color: '#1c4f8a' },
  in_progress: { shape: 'circle', color: '#0b6b4f' },
  closed: { shape: 'cross', color: '#495057' },
  cancelled: { shape: 'star', color: '#b02525' },
};
