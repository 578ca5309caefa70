/**
 * Counts failed sign-ins per account and per client address (DECISIONS.md 21) in a sliding
 * window. In memory: one Roder process guards its own door; a restart forgives.
 */
export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly perAccount = 5,
    private readonly perAddress = 20,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Milliseconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfter(email: string, address: string, now: number): number {
    const wait = (key: string, limit: number) => {
      const recent = this.recent(key, now);
      return recent.length >= limit ? recent[0]! + this.windowMs - now : 0;
    };
    return Math.max(wait(`a:${email}`, this.perAccount), wait(`ip:${address}`, this.perAddress));
  }

  fail(email: string, address: string, now: number) {
    for (const key of [`a:${email}`, `ip:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 50_000) this.prune(now);
  }

  /** A successful attempt clears the account's count and takes back its own count at the address. */
  succeed(email: string, address: string) {
    this.failures.delete(`a:${email}`);
    const atAddress = this.failures.get(`ip:${address}`);
    if (atAddress?.length) atAddress.pop();
  }

  private recent(key: string, now: number) {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }

  private prune(now: number) {
    for (const key of this.failures.keys()) if (this.recent(key, now).length === 0) this.failures.delete(key);
  }
}
