import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface RowListFieldsetProps {
  legend: string;
  /** How many rows the list holds. */
  count: number;
  /** A row's accessible name (its group's), given its position from 1. */
  rowLabel: (position: number) => string;
  /** Whether the row's name also shows above its fields (hidden from screen readers, which hear the group's name). */
  showRowLabel?: boolean;
  /** The remove button's text, given the row's position from 1. */
  removeLabel: (position: number) => string;
  addLabel: string;
  /** Shown while there are no rows. */
  noneText: string;
  /** The DOM id of a row's first input, focused after adding the row. */
  firstFieldId: (index: number) => string;
  /** The DOM id of the add button: where focus goes after a row is removed, and where the error summary sends a list error. */
  addId: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** The list's own error (not a row's), under the rows; the add button is described by it. */
  error?: ReactNode;
  /** Whether the rows show (false: only the content before them). */
  open?: boolean;
  /** Content before the rows, inside the fieldset. */
  children?: ReactNode;
  renderRow: (index: number) => ReactNode;
}

/**
 * A repeatable list of rows: each row its own named group with a remove button. Focus moves to a
 * new row's first input, and to the add button when a row is removed (the remove button is gone).
 */
export function RowListFieldset(props: RowListFieldsetProps) {
  const { legend, count, rowLabel, showRowLabel, removeLabel, addLabel, noneText, firstFieldId, addId, onAdd, onRemove, error, open = true, children, renderRow } = props;
  const errorId = `${addId}-error`;
  const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);
  const add = () => {
    onAdd();
    focusLater(firstFieldId(count));
  };
  const remove = (index: number) => {
    onRemove(index);
    focusLater(addId);
  };
  return (
    <Fieldset legend={legend}>
      <Stack gap="md">
        {children}
        {open && (
          <>
            {Array.from({ length: count }, (_, index) => (
              <Stack
                key={index}
                gap="xs"
                pt={index > 0 ? 'md' : 0}
                style={index > 0 ? { borderTop: '1px solid #dee2e6' } : undefined}
                role="group"
                aria-label={rowLabel(index + 1)}
              >
                {showRowLabel && (
                  <Text size="sm" fw={600} aria-hidden>
                    {rowLabel(index + 1)}
                  </Text>
                )}
                {renderRow(index)}
                <Group>
                  <Button variant="subtle" color="#b02525" size="xs" onClick={() => remove(index)}>
                    {removeLabel(index + 1)}
                  </Button>
                </Group>
              </Stack>
            ))}
            {count === 0 && <Text size="sm">{noneText}</Text>}
            {error && (
              <Text size="sm" c="#b02525" id={errorId}>
                {error}
              </Text>
            )}
            <Group>
              <Button id={addId} variant="default" onClick={add} aria-describedby={error ? errorId : undefined}>
                {addLabel}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
