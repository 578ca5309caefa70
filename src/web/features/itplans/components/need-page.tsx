import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentPlan } from '../../../../shared/itplans';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';

interface NeedPageProps {
  planId: string;
  /** The plan, once read. */
  plan: DepartmentPlan | null | undefined;
  /** Whether the plan is still being read. */
  pending: boolean;
  /** Why the plan could not be read, if it could not. */
  error: unknown;
  /** The page's heading; undefined when the need is not there. */
  title: string | undefined;
  /** The heading when the plan or the need is not there. */
  notFoundTitle: string;
  /** The form, given the plan; shown only when the plan may be changed. */
  children: (plan: DepartmentPlan) => ReactNode;
}

/** The frame of a need's create and edit pages: the way back to the plan, the heading, and a notice instead of the form when the plan may not be changed. */
export function NeedPage({ planId, plan, pending, error, title, notFoundTitle, children }: NeedPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  if (pending) return <PageLoader />;
  if (!plan || title === undefined) {
    return (
      <Stack>
        <Title order={1}>{notFoundTitle}</Title>
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/it-planer/planer/$planId" params={{ planId }} size="sm">
        {t('itplans.needForm.back', { department: plan.department.name })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      {!plan.allowedEdit ? (
        <Alert color="#1c4f8a" variant="outline">
          {t('itplans.needForm.notAllowed')}
        </Alert>
      ) : (
        children(plan)
      )}
    </Stack>
  );
}
