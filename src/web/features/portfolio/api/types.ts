import type { z } from 'zod';
import type { Project, projectList, ruleValueList } from '../../../../shared/portfolio';

export type { Project };
export type ProjectList = z.infer<typeof projectList>;
export type ProjectListItem = ProjectList['items'][number];
export type RuleValueList = z.infer<typeof ruleValueList>;

export interface ProjectListSearch {
  q?: string;
  status?: string;
  department?: string;
  health?: string;
  /** The page of the table (from 1); a changed filter starts again at the first. */
  page?: number;
}
