/**
 * Detached SSH signatures with `ssh-keygen -Y sign` / `-Y verify` (OpenSSH
 * 8.1 or later): optional proof that a signer held a key, on top of the
 * hash-bound ledger entry.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { SSH_NAMESPACE } from '../core/signoff/ledger.js';

function sshKeygen(args: string[], input?: string): { status: number | null; stdout: string; stderr: string; missing: boolean } {
  const run = spawnSync('ssh-keygen', args, { input, encoding: 'utf8', stdio: [input === undefined ? 'inherit' : 'pipe', 'pipe', 'pipe'], timeout: 120_000 });
  const missing = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { status: run.status, stdout: run.stdout ?? '', stderr: (run.stderr ?? '').trim(), missing };
}

function withTempDir<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-ssh-'));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What ssh-keygen said, on one line: its first two lines that say something (a warning comes framed in lines
 * of "@", with the reason on the line after: "WARNING: UNPROTECTED PRIVATE KEY FILE!; Permissions 0644 …").
 */
function firstLine(text: string): string {
  const said = text
    .split('\n')
    .map((l) => l.replace(/^[@\s]+|[@\s]+$/g, ''))
    .filter((l) => l !== '');
  return said.length === 0 ? 'no message' : said.slice(0, 2).join('; ');
}

/** An OpenSSH public key line ("ssh-ed25519 AAAA…"), as in a .pub file. */
const PUBLIC_KEY = /^(?:ssh-|ecdsa-|sk-)[\w@.-]+ AAAA/;

/** The public key for a private key file: its .pub next to it, else derived by ssh-keygen. */
function publicKeyOf(keyPath: string, shown: string): string {
  if (existsSync(`${keyPath}.pub`)) return readFileSync(`${keyPath}.pub`, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
  const derived = sshKeygen(['-y', '-f', keyPath]);
  if (derived.missing) throw new UsageError('--key needs ssh-keygen (OpenSSH 8.1 or later), which is not installed');
  if (derived.status !== 0) throw new UsageError(`cannot read the public key of ${shown}: ${firstLine(derived.stderr)}`);
  return derived.stdout.trim().split(/\s+/).slice(0, 2).join(' ');
}

/** Signs the statement with the key; a passphrase, if any, is asked for on the terminal by ssh-keygen. */
export function sshSign(keyPath: string, shown: string, statement: string): { public_key: string; signature: string } {
  if (!existsSync(keyPath)) throw new UsageError(`--key ${shown}: no such file`);
  if (PUBLIC_KEY.test(readFileSync(keyPath, 'utf8').slice(0, 200))) {
    throw new UsageError(`--key ${shown} is a public key; give the private key it belongs to${shown.endsWith('.pub') ? ` (${shown.slice(0, -4)})` : ''}`);
  }
  const publicKey = publicKeyOf(keyPath, shown);
  return withTempDir((dir) => {
    const message = join(dir, 'statement');
    writeFileSync(message, statement);
    const run = sshKeygen(['-Y', 'sign', '-q', '-f', keyPath, '-n', SSH_NAMESPACE, message]);
    if (run.missing) throw new UsageError('--key needs ssh-keygen (OpenSSH 8.1 or later), which is not installed');
    if (run.status !== 0) throw new UsageError(`ssh-keygen could not sign with ${shown}: ${firstLine(run.stderr)}`);
    return { public_key: publicKey, signature: readFileSync(`${message}.sig`, 'utf8') };
  });
}

export type SshVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Verifies a signature over the statement. With `allowedSigners` (an OpenSSH
 * allowed_signers file) the key must belong to `principal` there; without,
 * only that the signature matches the key stored with it.
 */
export function sshVerify(options: { publicKey: string; signature: string; statement: string; principal: string; allowedSigners?: string }): SshVerdict {
  return withTempDir((dir) => {
    const sig = join(dir, 'statement.sig');
    writeFileSync(sig, options.signature);
    let allowed = options.allowedSigners;
    if (allowed === undefined) {
      allowed = join(dir, 'allowed_signers');
      writeFileSync(allowed, `${options.principal} namespaces="${SSH_NAMESPACE}" ${options.publicKey}\n`);
    }
    const run = sshKeygen(['-Y', 'verify', '-f', allowed, '-I', options.principal, '-n', SSH_NAMESPACE, '-s', sig], options.statement);
    if (run.missing) return { ok: false, reason: 'ssh-keygen is not installed, so the SSH signature cannot be checked' };
    return run.status === 0 ? { ok: true } : { ok: false, reason: firstLine(run.stderr || run.stdout) };
  });
}
