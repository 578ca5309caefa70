import { type ComboboxItem, type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

interface Option {
  value: string;
  label: string;
}

interface SearchSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter' | 'onSearchChange'> {
  /** The chosen value; '' is none. */
  value: string;
  onChange: (value: string) => void;
  /** The server's options for the last search (the first ones before any). */
  options: readonly Option[] | undefined;
  /** The chosen option as the record names it, so its name shows though no search has found it yet. */
  selected?: Option | null;
  /** Asks the server for the options matching the typed text, once typing pauses ('' for the first ones). */
  onSearch: (search: string) => void;
}

/** How long typing pauses before the server is asked. */
const DEBOUNCE_MS = 300;

/**
 * A select whose options the server searches as one types: a register too large to load whole
 * (projects, acquisitions). The chosen option keeps its name while other options are listed.
 */
export function SearchSelect({ value, onChange, options = [], selected, onSearch, ...props }: SearchSelectProps) {
  const [picked, setPicked] = useState<Option | null>(selected ?? null);
  const [search, setSearch] = useState('');
  const current = value === '' ? undefined : (options.find((o) => o.value === value) ?? (picked?.value === value ? picked : undefined));
  // The chosen option's name in the input is no search: the first options are listed then.
  const [term] = useDebouncedValue(current && search === current.label ? '' : search.trim(), DEBOUNCE_MS);
  useEffect(() => onSearch(term), [onSearch, term]);
  const found = new Set(options.map((o) => o.value));
  const data = current && !found.has(current.value) ? [...options, current] : [...options];
  // The server has searched: list what it found, not the chosen option kept in the data for its name.
  const filter: OptionsFilter = ({ options: shown }) => shown.filter((o) => found.has((o as ComboboxItem).value));
  return (
    <Select
      {...props}
      searchable
      data={data}
      filter={filter}
      value={value === '' ? null : value}
      onChange={(next, option) => {
        setPicked(next === null || !option ? null : { value: option.value, label: option.label });
        onChange(next ?? '');
      }}
      onSearchChange={setSearch}
    />
  );
}
