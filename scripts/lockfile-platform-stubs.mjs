#!/usr/bin/env node
/**
 * Adds lock entries for platform-specific optional packages that are
 * missing from package-lock.json, so that `npm ci` accepts the lock file.
 *
 * Why: when `npm install` runs against a registry mirror that serves only
 * some platforms' binaries (here: @swc/core-darwin-*, -win32-*, …), npm
 * drops the 404ing optional packages from the lock, and `npm ci` then fails
 * with "Missing: @swc/core-darwin-arm64@ from lock file". Each stub records
 * the package's platform (os, cpu, libc), so npm ci skips it on other
 * machines and installs it by name and version on its own platform.
 *
 * Run after any `npm install` that changed the lock file:
 *   node scripts/lockfile-platform-stubs.mjs
 */
import {readFileSync, writeFileSync} from 'node:fs';

const OS = {darwin: 'darwin', linux: 'linux', win32: 'win32', freebsd: 'freebsd', android: 'android'};
const CPU = {arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', s390x: 's390x', riscv64: 'riscv64'};

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => part in OS);
  const cpu = parts.find((part) => part in CPU);
  if (!os || !cpu) return null;
  const libc = parts.includes('musl') ? ['musl'] : os === 'linux' && parts.includes('gnu') ? ['glibc'] : undefined;
  return {os: [OS[os]], cpu: [CPU[cpu]], ...(libc ? {libc} : {})};
}

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const added = [];
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    lock.packages[hoisted] = {version, optional: true, ...platform};
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length
    ? `added ${added.length} platform stubs:\n  ${added.join('\n  ')}`
    : 'lock file complete: nothing to add',
);
