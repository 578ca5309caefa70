import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrowScreen } from '../use-narrow-screen';

/** A select's options: plain, or grouped under a heading. */
type FilterOptions = ({ value: string; label: string } | { group: string; items: { value: string; label: string }[] })[];

/** One select of the bar: which filter it sets, its label, its options and an optional DOM id. */
interface FilterSelect<S> {
  key: keyof S & string;
  id?: string;
  label: string;
  options: FilterOptions;
}

interface FilterBarProps<S extends { q?: string }> {
  search: S;
  /** The filters "clear" removes (free text included); any of them set enables it. */
  filterKeys: readonly (keyof S)[];
  onChange: (patch: Partial<S>) => void;
  /** Names the region. */
  label: string;
  /** The free-text field: its label, an optional hint below it and an optional DOM id. */
  query: { id?: string; label: string; description?: string };
  searchLabel: string;
  clearLabel: string;
  /** The first option of every select, which removes its filter. */
  allLabel: string;
  selects: FilterSelect<S>[];
  /** How many selects stand in a row on a wide screen (the clear button takes a place too). */
  columns: number;
  /**
   * On a narrow screen, what stands in the toggle's row (the list's count, its main action), so the
   * list starts higher; a wide screen shows none of it here (the page places it).
   */
  beside?: ReactNode;
}

/**
 * Above a list: a search form for free text, which applies on submit, then the list's selects,
 * which apply at once, and a button that clears them all. On a narrow screen they fold behind a
 * button that says how many are in use, so the list itself starts near the top.
 */
export function FilterBar<S extends { q?: string }>(props: FilterBarProps<S>) {
  const { search, filterKeys, onChange, label, query, searchLabel, clearLabel, allLabel, selects, columns, beside } = props;
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const [unfolded, setUnfolded] = useState(false);
  const bodyId = useId();
  const inUse = filterKeys.filter((key) => search[key] !== undefined).length;
  const active = inUse > 0;
  const clear = () => onChange(Object.fromEntries(filterKeys.map((key) => [key, undefined])) as Partial<S>);

  return (
    <section aria-label={label}>
      {narrow && (
        <Group gap="xs" wrap="wrap">
          <Button
            variant={active ? 'light' : 'default'}
            aria-expanded={unfolded}
            aria-controls={bodyId}
            onClick={() => setUnfolded((open) => !open)}
            rightSection={<Chevron up={unfolded} />}
          >
            {active ? t('common.filters.toggleActive', { count: inUse }) : t('common.filters.toggle')}
          </Button>
          {beside}
        </Group>
      )}
      <div id={bodyId} hidden={narrow && !unfolded} style={narrow ? { marginTop: 'var(--mantine-spacing-sm)' } : undefined}>
        <Group
          component="form"
          role="search"
          align="flex-end"
          gap="xs"
          mb="sm"
          onSubmit={(event: React.FormEvent) => {
            event.preventDefault();
            onChange({ q: q.trim() || undefined } as Partial<S>);
          }}
        >
          <TextInput
            id={query.id}
            type="search"
            label={query.label}
            description={query.description}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            style={{ flex: '1 1 18rem' }}
          />
          <Button type="submit">{searchLabel}</Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: columns }} spacing="xs">
          {selects.map((select) => (
            <NativeSelect
              key={select.key}
              id={select.id}
              label={select.label}
              value={(search[select.key] as string | undefined) ?? ''}
              onChange={(event) => onChange({ [select.key]: event.currentTarget.value || undefined } as Partial<S>)}
              data={[{ value: '', label: allLabel }, ...select.options]}
            />
          ))}
          <Group align="flex-end">
            <Button variant="default" onClick={clear} disabled={!active}>
              {clearLabel}
            </Button>
          </Group>
        </SimpleGrid>
      </div>
    </section>
  );
}

function Chevron({ up }: { up: boolean }) {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 14 14" style={{ transform: up ? 'rotate(180deg)' : undefined }}>
      <path d="M2 5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
