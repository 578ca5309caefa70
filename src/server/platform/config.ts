/** Configuration from the environment (ARCHITECTURE.md, "Configuration"). Read once at start. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  demo: boolean;
  demoPassword: string | null;
  /** scrypt cost parameter N (a power of two); tests use a low cost. */
  scryptCost: number;
  /** Idle minutes before a session expires; every request slides it, up to `sessionMaxHours`. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Set the cookie's Secure flag and trust X-Forwarded-* when behind a TLS proxy. */
  trustProxy: boolean;
  logLevel: string;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`Expected an integer, got ${value}`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: env.RODER_DATA_DIR || './data',
    demo: env.RODER_DEMO === undefined ? false : env.RODER_DEMO !== 'off' && env.RODER_DEMO !== '0',
    demoPassword: env.RODER_DEMO_PASSWORD || null,
    scryptCost: int(env.RODER_SCRYPT_COST, 2 ** 15),
    sessionIdleMinutes: int(env.RODER_SESSION_IDLE_MINUTES, 8 * 60),
    sessionMaxHours: int(env.RODER_SESSION_MAX_HOURS, 7 * 24),
    trustProxy: env.RODER_TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL || 'info',
    ...overrides,
  };
}
