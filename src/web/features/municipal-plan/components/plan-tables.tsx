import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeFollowUp, MunicipalInitiative, MunicipalPlan } from '../../../../shared/municipal-plan';
import { formatDecimal, formatKronor, formatList } from '../../../kit/format';
import { TableScroll } from '../../../kit/table-scroll';
import { AnchorLink } from '../../../kit/links/anchor-link';

/** The sums of each year of the period against the budget frame: over the frame shows red. */
export function YearTotalsTable({ plan }: { plan: MunicipalPlan }) {
  const { t } = useTranslation();
  const y = (key: string) => t(`municipalPlan.years.${key}`);
  return (
    <section aria-labelledby="plan-years">
      <Title order={2} size="h3" id="plan-years" mb="sm">
        {y('heading')}
      </Title>
      <TableScroll minWidth={640} label={y('heading')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{y('year')}</Table.Th>
              <Table.Th scope="col" ta="right">{y('investment')}</Table.Th>
              <Table.Th scope="col" ta="right">{y('running')}</Table.Th>
              <Table.Th scope="col" ta="right">{y('total')}</Table.Th>
              <Table.Th scope="col" ta="right">{y('frame')}</Table.Th>
              <Table.Th scope="col" ta="right">{y('remaining')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.years.map((row) => (
              <Table.Tr key={row.year}>
                <Table.Th scope="row">{row.year}</Table.Th>
                <Table.Td ta="right">{formatKronor(row.investment)}</Table.Td>
                <Table.Td ta="right">{formatKronor(row.running)}</Table.Td>
                <Table.Td ta="right">{formatKronor(row.total)}</Table.Td>
                <Table.Td ta="right">{row.frame === null ? y('noFrame') : formatKronor(row.frame)}</Table.Td>
                <Table.Td ta="right">
                  {row.remaining === null ? '–' : row.remaining < 0 ? (
                    <Text span c="red.9" fw={600}>
                      {t('municipalPlan.years.over', { amount: formatKronor(-row.remaining) })}
                    </Text>
                  ) : (
                    t('municipalPlan.years.under', { amount: formatKronor(row.remaining) })
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}

/** Each department's needs summed over the period. */
export function DepartmentTotalsTable({ plan }: { plan: MunicipalPlan }) {
  const { t } = useTranslation();
  const d = (key: string) => t(`municipalPlan.departments.${key}`);
  if (plan.departments.length === 0) return null;
  return (
    <section aria-labelledby="plan-departments">
      <Title order={2} size="h3" id="plan-departments" mb="sm">
        {d('heading')}
      </Title>
      <TableScroll minWidth={400} label={d('heading')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{d('department')}</Table.Th>
              <Table.Th scope="col" ta="right">{d('total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.departments.map((row) => (
              <Table.Tr key={row.department.id}>
                <Table.Th scope="row">{row.department.name}</Table.Th>
                <Table.Td ta="right">{formatKronor(row.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}

const points = (n: number) => formatDecimal(n, 1);

/** The score and its parts, so a reader sees why an initiative ranks where it does. */
function ScoreCell({ i }: { i: MunicipalInitiative }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text fw={700}>{points(i.score.total)}</Text>
      <Text size="sm">
        {t('municipalPlan.score.goals', { points: points(i.score.goals.points), count: i.score.goals.raw ?? 0 })}
      </Text>
      <Text size="sm">
        {i.score.benefit.raw === null ? t('municipalPlan.score.benefitNone', { points: points(i.score.benefit.points) }) : t('municipalPlan.score.benefit', { points: points(i.score.benefit.points) })}
      </Text>
      <Text size="sm">{t('municipalPlan.score.cost', { points: points(i.score.cost.points) })}</Text>
    </Stack>
  );
}

/** What an initiative became: its project with its status, or its acquisition with its step, each linked; else not started. */
function FollowUpCell({ i }: { i: Partial<InitiativeFollowUp> }) {
  const { t } = useTranslation();
  if (i.project) {
    return (
      <Stack gap={2}>
        <AnchorLink to="/portfolj/$id" params={{ id: i.project.id }} size="sm">
          {i.project.name}
        </AnchorLink>
        <Text size="sm">{t('municipalPlan.followUp.project', { status: t(`planAction.projectStatus.${i.project.status}`) })}</Text>
      </Stack>
    );
  }
  if (i.acquisition) {
    return (
      <Stack gap={2}>
        <AnchorLink to="/anskaffning/$id" params={{ id: i.acquisition.id }} size="sm">
          {i.acquisition.title}
        </AnchorLink>
        <Text size="sm">{t('municipalPlan.followUp.acquisition', { step: t(`municipalPlan.followUp.step.${i.acquisition.step ?? 'ended'}`) })}</Text>
      </Stack>
    );
  }
  return <Text size="sm">{t('municipalPlan.followUp.notStarted')}</Text>;
}

/** How many initiatives are started as projects, as acquisitions, and not started. */
function FollowUpSummary({ initiatives }: { initiatives: readonly Partial<InitiativeFollowUp>[] }) {
  const { t } = useTranslation();
  const projects = initiatives.filter((i) => i.project).length;
  const acquisitions = initiatives.filter((i) => !i.project && i.acquisition).length;
  return (
    <Text size="sm" mb="sm" data-testid="follow-up-summary">
      {t('municipalPlan.followUp.summary', { projects, acquisitions, notStarted: initiatives.length - projects - acquisitions })}
    </Text>
  );
}

interface InitiativeTableProps {
  /** The live plan carries each initiative's follow-up; a decided version does not. */
  plan: Omit<MunicipalPlan, 'initiatives'> & { initiatives: (MunicipalInitiative & Partial<InitiativeFollowUp>)[] };
  /** Shows what each initiative became (the live plan page; not a frozen version). */
  followUp?: boolean;
  /** Names the departments without links to their plans (the public page: a citizen cannot open them). */
  plainDepartments?: boolean;
  onEdit?: (initiative: MunicipalInitiative) => void;
  /** Opens what the initiative became, or starts its project or acquisition. */
  onAct?: (initiative: MunicipalInitiative) => void;
}

/** The initiatives, best first: score and parts, the departments whose needs they meet, cost per year, net present value and, on the live plan, what each became. */
export function InitiativeTable({ plan, followUp = false, plainDepartments = false, onEdit, onAct }: InitiativeTableProps) {
  const { t } = useTranslation();
  const c = (key: string, values?: Record<string, string>) => t(`municipalPlan.initiatives.${key}`, values ?? {});
  return (
    <section aria-labelledby="plan-initiatives">
      <Title order={2} size="h3" id="plan-initiatives" mb="xs">
        {c('heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('municipalPlan.weights', plan.weights)}
      </Text>
      {followUp && plan.initiatives.length > 0 && <FollowUpSummary initiatives={plan.initiatives} />}
      {plan.initiatives.length === 0 ? (
        <Text>{c('none')}</Text>
      ) : (
        <TableScroll minWidth={900} label={c('heading')}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{c('rank')}</Table.Th>
                <Table.Th scope="col">{c('initiative')}</Table.Th>
                <Table.Th scope="col">{c('score')}</Table.Th>
                <Table.Th scope="col">{c('costs')}</Table.Th>
                <Table.Th scope="col" ta="right">{c('npv')}</Table.Th>
                {followUp && <Table.Th scope="col">{c('followUp')}</Table.Th>}
                {(onEdit || onAct) && <Table.Th scope="col">{c('actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.initiatives.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td fw={700}>{i.rank}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <Stack gap={4}>
                      <Text fw={600}>{i.title}</Text>
                      <Text size="sm">{t(`municipalPlan.priority.${i.priority}`)}</Text>
                      {followUp && i.adjustedFields && i.adjustedFields.length > 0 && (
                        <Text size="sm" fs="italic">
                          {c('adjusted', { fields: formatList(i.adjustedFields.map((f) => c(`adjustedField.${f}`))) })}
                        </Text>
                      )}
                      <Text size="sm">
                        {c('departmentsLabel')}{' '}
                        {i.needs.length === 0
                          ? '–'
                          : i.needs.map((n, index) => (
                              <Fragment key={n.id}>
                                {index > 0 && ', '}
                                {plainDepartments ? (
                                  n.department.name
                                ) : (
                                  <AnchorLink to="/it-planer/planer/$planId" params={{ planId: n.departmentPlanId }} size="sm">
                                    {n.department.name}
                                  </AnchorLink>
                                )}
                              </Fragment>
                            ))}
                      </Text>
                      {i.goals.length > 0 && <Text size="sm">{t('municipalPlan.initiatives.goals', { names: i.goals.map((g) => g.name).join(', ') })}</Text>}
                    </Stack>
                  </Table.Th>
                  <Table.Td>
                    <ScoreCell i={i} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {i.costs.map((cost) => (
                        <Text size="sm" key={cost.year}>
                          {t('municipalPlan.initiatives.costYear', { year: cost.year, investment: formatKronor(cost.investment), running: formatKronor(cost.running) })}
                        </Text>
                      ))}
                      <Text size="sm" fw={600}>
                        {t('municipalPlan.initiatives.totalCost', { amount: formatKronor(i.totalCost) })}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td ta="right">{i.netPresentValue === null ? c('noValuation') : formatKronor(i.netPresentValue)}</Table.Td>
                  {followUp && (
                    <Table.Td>
                      <FollowUpCell i={i} />
                    </Table.Td>
                  )}
                  {(onEdit || onAct) && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {onEdit && (
                          <Button size="xs" variant="default" onClick={() => onEdit(i)} aria-label={t('municipalPlan.edit.open', { title: i.title })}>
                            {c('edit')}
                          </Button>
                        )}
                        {onAct && (
                          <Button size="xs" variant="default" onClick={() => onAct(i)} aria-label={t('municipalPlan.initiatives.actOn', { title: i.title })}>
                            {c('act')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
