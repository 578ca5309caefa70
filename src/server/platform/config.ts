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
  /**
   * Behind a TLS proxy: the cookie's Secure flag, and which X-Forwarded-* hops to believe — a
   * number of proxies in front (the client's address is that many hops from the right end of
   * X-Forwarded-For), or the proxies' addresses or CIDR ranges. false: none, the socket's address.
   */
  trustProxy: false | number | string[];
  logLevel: string;
  /** The audit chain's HMAC keyring, or a file holding it (README, "The audit trail"); never in the database. */
  auditKey: string | null;
  auditKeyFile: string | null;
  /** The Ed25519 private key (PEM) the checkpoints are signed with, and earlier signers' public keys. */
  auditSigningKeyFile: string | null;
  auditTrustedSignersFile: string | null;
  /** Where the signed checkpoints of each municipality's chain head are written, and how often. */
  auditCheckpointDir: string | null;
  auditCheckpointMinutes: number;
  /** Where digest mails are sent through (`smtp://user:pass@host:587`); null: no mail is sent. */
  smtpUrl: string | null;
  /** The sender of the digest mails. */
  mailFrom: string;
  /** The address people reach Roder at, for links in mails; null: http://HOST:PORT. */
  publicUrl: string | null;
  /** A digest run that would mail more people of one municipality than this is held for an admin. */
  digestLimit: number;
  /** How often the digest run looks for people who are due a mail. */
  digestEveryMinutes: number;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`Expected an integer, got ${value}`);
  return n;
}

/**
 * RODER_TRUST_PROXY: `false` (default), `true` (one proxy in front), a number of proxy hops, or a
 * comma-separated list of the proxies' addresses or CIDR ranges. Never every hop: the left end of
 * X-Forwarded-For is whatever the client wrote.
 */
function trustProxy(value: string | undefined): Config['trustProxy'] {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return 1;
  if (/^\d+$/.test(v)) return Number(v);
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  const address = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)(\/\d{1,3})?$/i;
  const bad = list.find((s) => !address.test(s));
  if (bad !== undefined) throw new Error(`RODER_TRUST_PROXY: expected true, a number of proxy hops or proxy addresses, got ${bad}`);
  return list;
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
    trustProxy: trustProxy(env.RODER_TRUST_PROXY),
    logLevel: env.LOG_LEVEL || 'info',
    auditKey: env.RODER_AUDIT_KEY || null,
    auditKeyFile: env.RODER_AUDIT_KEY_FILE || null,
    auditSigningKeyFile: env.RODER_AUDIT_SIGNING_KEY_FILE || null,
    auditTrustedSignersFile: env.RODER_AUDIT_TRUSTED_SIGNERS_FILE || null,
    auditCheckpointDir: env.RODER_AUDIT_CHECKPOINT_DIR || null,
    auditCheckpointMinutes: int(env.RODER_AUDIT_CHECKPOINT_MINUTES, 60),
    smtpUrl: env.RODER_SMTP_URL || null,
    mailFrom: env.RODER_MAIL_FROM || 'Roder <roder@localhost>',
    publicUrl: env.RODER_PUBLIC_URL?.replace(/\/+$/, '') || null,
    digestLimit: int(env.RODER_DIGEST_LIMIT, 200),
    digestEveryMinutes: int(env.RODER_DIGEST_EVERY_MINUTES, 15),
    ...overrides,
  };
}
