/**
 * The dependency check CI can run without reaching anything (`npm audit` needs the registry's advisory service,
 * which these machines cannot reach; see the README): every package in package-lock.json comes from the npm
 * registry over HTTPS with a sha512 integrity that `npm ci` checks each download against. lockfile-lint checks
 * hosts, protocols and hash types (its policy is in package.json); it passes an entry with no integrity at all, so
 * that is checked here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const LOCKFILE_LINT = join(ROOT, 'node_modules', '.bin', 'lockfile-lint');

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
}
type Lockfile = { lockfileVersion: number; packages: Record<string, LockEntry> };

const readLockfile = (path = join(ROOT, 'package-lock.json')) => JSON.parse(readFileSync(path, 'utf8')) as Lockfile;

/** lockfile-lint with the project's policy (package.json), on `path`. */
function lockfileLint(path: string): { status: number | null; output: string } {
  const run = spawnSync(LOCKFILE_LINT, ['--path', path], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Installed packages (not the project itself, not links) whose entry lacks a sha512 integrity. */
function withoutIntegrity(lockfile: Lockfile): string[] {
  return Object.entries(lockfile.packages)
    .filter(([path, entry]) => path !== '' && !entry.link && !/^sha512-[A-Za-z0-9+/]+=*$/.test(entry.integrity ?? ''))
    .map(([path]) => path);
}

describe('package-lock.json', () => {
  it('passes lockfile-lint: the npm registry only, over HTTPS, sha512 hashes, names that match', () => {
    const result = lockfileLint('package-lock.json');
    expect(result).toEqual({ status: 0, output: expect.stringContaining('No issues detected') });
  });

  it('gives every installed package a sha512 integrity', () => {
    const lockfile = readLockfile();
    expect(lockfile.lockfileVersion).toBe(3);
    expect(Object.keys(lockfile.packages).length).toBeGreaterThan(100);
    expect(withoutIntegrity(lockfile)).toEqual([]);
  });

  it('the same checks refuse a lockfile with a foreign host, plain HTTP, a weak hash or no hash', () => {
    const lockfile = readLockfile();
    const [first, second, third, fourth] = Object.keys(lockfile.packages).filter((path) => path.startsWith('node_modules/'));
    lockfile.packages[first!]!.resolved = 'https://registry.example.com/x/-/x-1.0.0.tgz';
    lockfile.packages[second!]!.resolved = 'http://registry.npmjs.org/y/-/y-1.0.0.tgz';
    lockfile.packages[third!]!.integrity = 'sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=';
    delete lockfile.packages[fourth!]!.integrity;
    const path = join(mkdtempSync(join(tmpdir(), 'rm-lock-')), 'package-lock.json');
    writeFileSync(path, JSON.stringify(lockfile));

    const result = lockfileLint(path);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('invalid host');
    expect(result.output).toContain('invalid protocol');
    expect(result.output).toContain('invalid integrity hash type');
    expect(withoutIntegrity(readLockfile(path))).toEqual([third, fourth]);
  });
});
