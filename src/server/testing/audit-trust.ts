import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuditTrust, signerId } from '../modules/audit/keys.js';

/** Keys as a server configured with RODER_AUDIT_KEY and a signing key has them, checkpoints in a fresh folder. */
export function testAuditTrust(overrides: Partial<AuditTrust> = {}): AuditTrust {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = createPublicKey(privateKey);
  const keyId = signerId(publicKey);
  return {
    hmacKeys: new Map([['k1', randomBytes(32)]]),
    currentKeyId: 'k1',
    signer: { keyId, privateKey },
    trustedSigners: new Map([[keyId, publicKey]]),
    checkpointDir: mkdtempSync(join(tmpdir(), 'roder-checkpoints-')),
    checkpointMinutes: 60,
    ...overrides,
  };
}
