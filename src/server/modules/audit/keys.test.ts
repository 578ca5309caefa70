import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.js';
import { loadAuditTrust, parseKeyring } from './keys.js';

const secret = (byte: string) => byte.repeat(64);

describe('the audit keys', () => {
  it('reads a keyring whose last key is the current one, and a bare secret as k1', () => {
    expect([...parseKeyring(`# old\nk1 ${secret('a')}\nk2 ${secret('b')}\n`, 'test').keys()]).toEqual(['k1', 'k2']);
    expect([...parseKeyring(secret('c'), 'test').keys()]).toEqual(['k1']);
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(parseKeyring(Buffer.alloc(40, 1).toString('base64'), 'test').get('k1')).toEqual(Buffer.alloc(40, 1));
    expect(parseKeyring(base64, 'test').get('k1')).toEqual(Buffer.alloc(32, 7));
    expect(parseKeyring(`k1=${secret('a')},k2=${base64}`, 'env').get('k2')).toEqual(Buffer.alloc(32, 7));
    expect(() => parseKeyring('k1 abcd', 'test')).toThrow(/shorter than 32 bytes/);
    expect(() => parseKeyring('', 'test')).toThrow(/no key/);
  });

  it('generates a key and a signing key once in the embedded data folder, readable by the owner only', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roder-keys-'));
    const config = loadConfig({ RODER_DATA_DIR: dataDir });
    const first = loadAuditTrust(config);
    expect(first.currentKeyId).toBe('k1');
    expect(first.checkpointDir).toBe(join(dataDir, 'audit', 'checkpoints'));
    for (const file of ['hmac-keys', 'signing-key.pem']) expect(statSync(join(dataDir, 'audit', file)).mode & 0o777).toBe(0o600);
    const again = loadAuditTrust(config);
    expect(again.hmacKeys.get('k1')).toEqual(first.hmacKeys.get('k1'));
    expect(again.signer!.keyId).toBe(first.signer!.keyId);
    expect(readFileSync(join(dataDir, 'audit', 'hmac-keys'), 'utf8')).toMatch(/^k1 [0-9a-f]{64}$/m);
  });

  it('generates nothing on PostgreSQL: the servers share a configured key', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roder-keys-'));
    const trust = loadAuditTrust(loadConfig({ RODER_DATA_DIR: dataDir, DATABASE_URL: 'postgres://x/y' }));
    expect(trust).toMatchObject({ currentKeyId: null, signer: null, checkpointDir: null });
    const configured = loadAuditTrust(loadConfig({ DATABASE_URL: 'postgres://x/y', RODER_AUDIT_KEY: `k3 ${secret('d')}`, RODER_AUDIT_CHECKPOINT_DIR: '/tmp/x' }));
    expect(configured).toMatchObject({ currentKeyId: 'k3', checkpointDir: '/tmp/x' });
  });
});
