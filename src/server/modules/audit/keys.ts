import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../platform/config.js';

/**
 * What makes the audit chain verifiable against something the database alone cannot forge
 * (DECISIONS.md 23): the HMAC keys events are hashed with, the Ed25519 key checkpoints of each
 * municipality's head are signed with, and where the checkpoints go. None of it is ever in the
 * database.
 */
export interface AuditTrust {
  /** Every HMAC key by id; events name theirs (`k2:…`), so older ones still verify after rotation. */
  hmacKeys: ReadonlyMap<string, Buffer>;
  /** The key new events are hashed with; null: no key configured, new events are unkeyed (legacy). */
  currentKeyId: string | null;
  /** Signs checkpoints; null: no checkpoints are written. */
  signer: { keyId: string; privateKey: KeyObject } | null;
  /** Public keys whose checkpoints are believed, by id: the signer's and earlier ones. */
  trustedSigners: ReadonlyMap<string, KeyObject>;
  /** Where the signed checkpoints are written and read; null: none. */
  checkpointDir: string | null;
  checkpointMinutes: number;
}

const KEY_ID = /^[a-z][a-z0-9_-]{0,15}$/;

/**
 * A keyring: one key a line, `<id> <secret>` (hex or base64, at least 32 bytes); the last line is
 * the key new events are hashed with. A single bare secret is key `k1`. Blank lines and `#` comments
 * are skipped.
 */
export function parseKeyring(text: string, source: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  // One a line; in an environment variable also separated by `,` or `;`.
  const lines = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .flatMap((l) => l.split(/[,;]/))
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const named = /^([a-z][a-z0-9_-]{0,15})(?:\s+|\s*=\s*)(\S+)$/.exec(line);
    const [id, secret] = named ? [named[1]!, named[2]!] : ['k1', line];
    if (!KEY_ID.test(id)) throw new Error(`${source}: a key id is a lowercase letter and up to 15 letters or digits, got "${id}"`);
    const bytes = /^[0-9a-f]+$/i.test(secret) && secret.length % 2 === 0 ? Buffer.from(secret, 'hex') : Buffer.from(secret, 'base64');
    if (bytes.length < 32) throw new Error(`${source}: the key ${id} is shorter than 32 bytes`);
    keys.delete(id); // a repeated id moves to the end: the last line is the current key
    keys.set(id, bytes);
  }
  if (keys.size === 0) throw new Error(`${source}: no key`);
  return keys;
}

/** A signer's id: the start of the SHA-256 of its public key. */
export function signerId(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

function pemBlocks(text: string): string[] {
  return text.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
}

/** Writes a secret file only its owner can read (0600), creating its folder. */
function writeSecret(file: string, content: string) {
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
}

/** Where the embedded database keeps its audit keys and checkpoints, beside the data (never in it). */
const embeddedAuditDir = (dataDir: string) => join(dataDir, 'audit');

/**
 * Reads the keys from the configuration. With the embedded database and nothing configured, a key
 * and a signing key are generated once in the data folder's `audit/` (mode 0600) and checkpoints go
 * beside them, so the demo is protected without setup. On PostgreSQL nothing is generated: several
 * servers must share the key, so it is configured (RODER_AUDIT_KEY or RODER_AUDIT_KEY_FILE).
 */
export function loadAuditTrust(config: Config): AuditTrust {
  const embedded = !config.databaseUrl && config.dataDir !== '';
  const auditDir = embeddedAuditDir(config.dataDir);
  let keyring: Map<string, Buffer> | null = null;
  if (config.auditKey) keyring = parseKeyring(config.auditKey, 'RODER_AUDIT_KEY');
  else if (config.auditKeyFile) keyring = parseKeyring(readFileSync(config.auditKeyFile, 'utf8'), config.auditKeyFile);
  else if (embedded) {
    const file = join(auditDir, 'hmac-keys');
    if (!existsSync(file)) writeSecret(file, `# Roder's audit keys: <id> <secret>; the last is current. Keep a copy outside this folder.\nk1 ${randomBytes(32).toString('hex')}\n`);
    keyring = parseKeyring(readFileSync(file, 'utf8'), file);
  }

  let signingFile = config.auditSigningKeyFile;
  if (!signingFile && embedded) {
    signingFile = join(auditDir, 'signing-key.pem');
    if (!existsSync(signingFile)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      writeSecret(signingFile, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    }
  }
  let signer: AuditTrust['signer'] = null;
  const trustedSigners = new Map<string, KeyObject>();
  if (signingFile) {
    const privateKey = createPrivateKey(readFileSync(signingFile, 'utf8'));
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${signingFile}: expected an Ed25519 private key`);
    const publicKey = createPublicKey(privateKey);
    signer = { keyId: signerId(publicKey), privateKey };
    trustedSigners.set(signer.keyId, publicKey);
  }
  if (config.auditTrustedSignersFile) {
    for (const block of pemBlocks(readFileSync(config.auditTrustedSignersFile, 'utf8'))) {
      const publicKey = createPublicKey(block);
      trustedSigners.set(signerId(publicKey), publicKey);
    }
  }
  const checkpointDir = config.auditCheckpointDir ?? (embedded ? join(auditDir, 'checkpoints') : null);
  return {
    hmacKeys: keyring ?? new Map(),
    currentKeyId: keyring ? [...keyring.keys()].at(-1)! : null,
    signer,
    trustedSigners,
    checkpointDir,
    checkpointMinutes: config.auditCheckpointMinutes,
  };
}

const unkeyed: AuditTrust = { hmacKeys: new Map(), currentKeyId: null, signer: null, trustedSigners: new Map(), checkpointDir: null, checkpointMinutes: 60 };
let installed: AuditTrust = unkeyed;

/** The process's keys: every audit event written from now on is hashed with the current key. */
export function installAuditTrust(trust: AuditTrust): void {
  installed = trust;
}

export function auditTrust(): AuditTrust {
  return installed;
}
