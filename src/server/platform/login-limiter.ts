/**
 * Slows password guessing without handing an attacker a way to lock someone out (OWASP ASVS
 * 2.2.1). Failed attempts are counted in a sliding window, three ways (DECISIONS.md 21):
 *
 * - per account and address: after a few failures, each further attempt of that account from that
 *   address waits, twice as long each time (30 s, 1 min, 2 min … up to the window). Someone
 *   guessing an account's password from their address delays only themselves;
 * - per address, over every account: spraying one password over many accounts from one address
 *   is held the same way;
 * - per account, over every address: a distributed attack on one account. The limit is far higher,
 *   and once reached it holds only addresses the account has not signed in from: the person
 *   signing in from a known address still gets in, and that sign-in (or an admin) lifts it.
 *
 * In memory: one Roder process guards its own door; a restart forgives.
 */
export class LoginLimiter {
  private failures = new Map<string, number[]>();
  /** Addresses each account has signed in from, most recent last (a few per account). */
  private known = new Map<string, string[]>();

  constructor(
    private readonly perPair = 5,
    private readonly perAddress = 20,
    private readonly perAccount = 100,
    private readonly windowMs = 15 * 60_000,
    private readonly firstDelayMs = 30_000,
  ) {}

  /** Milliseconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfter(email: string, address: string, now: number): number {
    const pair = this.recent(`p:${email}\u0000${address}`, now);
    const pairWait =
      pair.length >= this.perPair ? pair.at(-1)! + Math.min(this.windowMs, this.firstDelayMs * 2 ** (pair.length - this.perPair)) - now : 0;
    const atAddress = this.recent(`ip:${address}`, now);
    const addressWait = atAddress.length >= this.perAddress ? atAddress[atAddress.length - this.perAddress]! + this.windowMs - now : 0;
    const account = this.recent(`a:${email}`, now);
    const accountWait =
      account.length >= this.perAccount && !this.isKnown(email, address) ? account[account.length - this.perAccount]! + this.windowMs - now : 0;
    return Math.max(pairWait, addressWait, accountWait, 0);
  }

  fail(email: string, address: string, now: number) {
    for (const key of [`p:${email}\u0000${address}`, `ip:${address}`, `a:${email}`]) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 50_000) this.prune(now);
  }

  /**
   * A successful attempt clears the pair and the account's count (a distributed attack's hold on
   * it is lifted), takes back its own count at the address, and makes the address known.
   */
  succeed(email: string, address: string) {
    this.failures.delete(`p:${email}\u0000${address}`);
    this.failures.delete(`a:${email}`);
    this.failures.get(`ip:${address}`)?.pop();
    const known = (this.known.get(email) ?? []).filter((a) => a !== address);
    this.known.set(email, [...known.slice(-9), address]);
    if (this.known.size > 100_000) this.known.delete(this.known.keys().next().value!);
  }

  /** An admin lifts every hold on the account: its count and each address's count for it. */
  lift(email: string) {
    this.failures.delete(`a:${email}`);
    for (const key of this.failures.keys()) if (key.startsWith(`p:${email}\u0000`)) this.failures.delete(key);
  }

  private isKnown(email: string, address: string) {
    return this.known.get(email)?.includes(address) ?? false;
  }

  private recent(key: string, now: number) {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }

  private prune(now: number) {
    for (const key of this.failures.keys()) if (this.recent(key, now).length === 0) this.failures.delete(key);
  }
}
