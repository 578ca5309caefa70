import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * The record an edit form works on, frozen at first read: a background refetch must never swap
 * the data under a half-edited form, and the row version the save is checked against stays the
 * one the person saw. Only `reloadLatest` (after a conflict) brings in the newest version.
 */
export function useFrozenRecord<T>(query: UseQueryResult<T>, onReloaded: () => void) {
  const [snapshot, setSnapshot] = useState<T | null>(null);
  if (!snapshot && query.data) setSnapshot(query.data);
  const reloadLatest = async () => {
    const latest = await query.refetch();
    if (latest.data) setSnapshot(latest.data);
    onReloaded();
  };
  return { record: snapshot ?? query.data, setRecord: setSnapshot, reloadLatest };
}
