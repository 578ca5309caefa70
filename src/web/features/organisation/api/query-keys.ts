import { departmentsQueryKey } from '../../../kit/organisation/use-departments';
import { peopleQueryKey } from '../../../kit/organisation/use-people';

/** The same keys the rest of the app reads people and departments by, so a change here reaches every picker. */
export const organisationKeys = {
  people: peopleQueryKey,
  departments: departmentsQueryKey,
  roles: ['roles'] as const,
};
