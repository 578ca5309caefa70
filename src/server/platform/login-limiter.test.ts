import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';

const MIN = 60_000;

describe('the sign-in limiter', () => {
  it('slows one account’s guesses from one address with growing delays, and no one else', () => {
    const limiter = new LoginLimiter();
    let now = 0;
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter('anna@kommun.se', '198.51.100.1', now)).toBe(0);
      limiter.fail('anna@kommun.se', '198.51.100.1', now);
    }
    expect(limiter.retryAfter('anna@kommun.se', '198.51.100.1', now)).toBe(30_000);
    // The person herself, from her own address, is not held by the attacker's guesses.
    expect(limiter.retryAfter('anna@kommun.se', '203.0.113.9', now)).toBe(0);
    now += 30_000;
    expect(limiter.retryAfter('anna@kommun.se', '198.51.100.1', now)).toBe(0);
    limiter.fail('anna@kommun.se', '198.51.100.1', now);
    expect(limiter.retryAfter('anna@kommun.se', '198.51.100.1', now)).toBe(MIN);
    limiter.fail('anna@kommun.se', '198.51.100.1', (now += MIN));
    expect(limiter.retryAfter('anna@kommun.se', '198.51.100.1', now)).toBe(2 * MIN);
    // Never longer than the window.
    for (let i = 0; i < 10; i++) limiter.fail('anna@kommun.se', '198.51.100.1', now);
    expect(limiter.retryAfter('anna@kommun.se', '198.51.100.1', now)).toBe(15 * MIN);
  });

  it('holds one address spraying many accounts', () => {
    const limiter = new LoginLimiter();
    for (let i = 0; i < 20; i++) limiter.fail(`person${i}@kommun.se`, '198.51.100.2', 0);
    expect(limiter.retryAfter('ny@kommun.se', '198.51.100.2', 0)).toBe(15 * MIN);
    expect(limiter.retryAfter('ny@kommun.se', '198.51.100.3', 0)).toBe(0);
  });

  it('holds a distributed attack on one account at unknown addresses only, until a known one signs in', () => {
    const limiter = new LoginLimiter();
    limiter.succeed('chef@kommun.se', '203.0.113.5');
    for (let i = 0; i < 100; i++) limiter.fail('chef@kommun.se', `10.0.${Math.floor(i / 4)}.${i % 4}`, 0);
    expect(limiter.retryAfter('chef@kommun.se', '10.9.9.9', 0)).toBe(15 * MIN);
    expect(limiter.retryAfter('chef@kommun.se', '203.0.113.5', 0)).toBe(0);
    limiter.succeed('chef@kommun.se', '203.0.113.5');
    expect(limiter.retryAfter('chef@kommun.se', '10.9.9.9', 0)).toBe(0);
  });

  it('lets an admin lift every hold on an account', () => {
    const limiter = new LoginLimiter();
    for (let i = 0; i < 100; i++) limiter.fail('chef@kommun.se', i < 6 ? '198.51.100.1' : `10.1.${i}.1`, 0);
    expect(limiter.retryAfter('chef@kommun.se', '198.51.100.1', 0)).toBeGreaterThan(0);
    expect(limiter.retryAfter('chef@kommun.se', '10.9.9.9', 0)).toBeGreaterThan(0);
    limiter.lift('chef@kommun.se');
    expect(limiter.retryAfter('chef@kommun.se', '198.51.100.1', 0)).toBe(0);
    expect(limiter.retryAfter('chef@kommun.se', '10.9.9.9', 0)).toBe(0);
  });
});
