import type { z } from 'zod';
import type { councilItem } from '../../../../shared/council';

export type CouncilItem = z.infer<typeof councilItem>;
