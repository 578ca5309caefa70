import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../../../kit/organisation/use-people';
import { assignmentProblems } from '../lib/assignment-proposals';
import { documentFieldId } from '../lib/field-label';
import type { AssignmentProposalValues, DocumentForm } from '../lib/form-values';

/**
 * The assignments (uppdrag) the import read from an item's sentences (issue 13, item 7), under the
 * item: the sentence each came from, the party it names with the owner proposed from the register
 * (a select of people to change it), a checkbox to keep it (on by default), its text and deadline.
 * What a kept assignment lacks (owner, deadline) is said beside the field from the start: it is
 * not saved without them.
 */
export function AssignmentProposalEditor({ form, path, assignments, position }: { form: DocumentForm; path: string; assignments: AssignmentProposalValues[]; position: string }) {
  const { t } = useTranslation();
  const people = usePeople().data ?? [];
  return (
    <Stack gap="xs">
      {assignments.map((a, i) => {
        const at = `${path}.assignments.${i}`;
        const id = (field: string) => documentFieldId(`${at}.${field}`);
        const problems = assignmentProblems(a);
        const missing = (field: 'title' | 'ownerId' | 'dueOn') => (problems[field] ? t(`documents.assignmentProposal.problems.${problems[field]}`) : undefined);
        const input = (field: 'title' | 'ownerId' | 'dueOn') => {
          const props = form.getInputProps(`${at}.${field}`);
          return { ...props, error: props.error ?? missing(field) };
        };
        return (
          <Fieldset key={a.key} legend={t('documents.assignmentProposal.legend', { position, number: i + 1 })} p="sm">
            <Stack gap="xs">
              <Text size="sm">
                {t('documents.assignmentProposal.source')}: <q>{a.source}</q>
              </Text>
              <Checkbox id={id('keep')} label={t('documents.assignmentProposal.keep', { title: a.title })} {...form.getInputProps(`${at}.keep`, { type: 'checkbox' })} />
              {a.keep && (
                <>
                  <Textarea id={id('title')} label={t('documents.assignmentProposal.title')} required autosize minRows={1} maxRows={4} maxLength={500} {...input('title')} />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                    <NativeSelect
                      id={id('ownerId')}
                      label={t('documents.assignmentProposal.owner')}
                      description={
                        a.party
                          ? a.matchedBy
                            ? t('documents.assignmentProposal.partyMatched', { party: a.party, by: t(`documents.assignmentProposal.matchedBy.${a.matchedBy}`) })
                            : t('documents.assignmentProposal.partyUnmatched', { party: a.party })
                          : t('documents.assignmentProposal.noParty')
                      }
                      required
                      data={[{ value: '', label: t('documents.assignmentProposal.chooseOwner') }, ...people.map((p) => ({ value: p.id, label: p.title ? `${p.name} (${p.title})` : p.name }))]}
                      {...input('ownerId')}
                    />
                    <TextInput id={id('dueOn')} type="date" label={t('documents.assignmentProposal.dueOn')} required {...input('dueOn')} />
                  </SimpleGrid>
                </>
              )}
            </Stack>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
