/**
 * Results derived from a municipality's registers (a report, a sum over every row), kept while
 * the municipality's change count stands. Every write is audited in its own transaction, so the
 * head of the audit chain changes whenever the data under such a result can have changed: the
 * caller reads the count before the data and passes it here. Bounded: the oldest entry leaves.
 */
export class DerivedCache<T> {
  private readonly entries = new Map<string, { changes: number; value: T }>();

  constructor(private readonly maxEntries: number) {}

  async get(key: string, changes: number, compute: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached && cached.changes === changes) return cached.value;
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { changes, value });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
