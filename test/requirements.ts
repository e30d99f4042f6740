/**
 * What some test files need from outside the repository, and the one rule for
 * all of them (README, Contributing). A file whose requirement is there runs.
 * Where one is missing, vitest.config.ts leaves the file out of the run and
 * prints one line at the end naming it and how to get what it needs — unless
 * CI is set (every CI service sets it, and .ci/run does): then the file runs
 * and fails, saying what is missing, so a CI run is never green without it.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** True when CI is set to anything but an empty string, 0 or false: nothing may be missing then. */
export const REQUIRE_ALL = !['', '0', 'false'].includes((process.env['CI'] ?? '').trim().toLowerCase());

export interface Requirement {
  /** The test files (relative to the project, `/`-separated) that need it. */
  files: string[];
  /** Null when it is there, else what is missing and how to get it, in a few words. */
  missing(): Promise<string | null>;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const GET_CHROMIUM = 'apt-get install -y --no-install-recommends chromium fonts-noto-cjk, or set PDX_CHROMIUM to a Chrome or Chromium binary';

/**
 * The browser for test/cli/report-browser.test.ts: $PDX_CHROMIUM (or $CHROME_PATH) when set,
 * else the first of chromium, chromium-browser, google-chrome … on PATH, else a usual install path.
 */
export function findChromium(): { path: string } | { missing: string } {
  for (const variable of ['PDX_CHROMIUM', 'CHROME_PATH']) {
    const named = process.env[variable];
    // A browser named outright is the one wanted: never another in its place.
    if (named) return executable(named) ? { path: named } : { missing: `${variable}=${named} is not an executable file` };
  }
  const onPath = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) for (const dir of onPath) if (executable(join(dir, name))) return { path: join(dir, name) };
  for (const path of CHROMIUM_PATHS) if (executable(path)) return { path };
  return { missing: `no Chromium found (PDX_CHROMIUM, CHROME_PATH, ${CHROMIUM_NAMES.join(', ')} on PATH): ${GET_CHROMIUM}` };
}

/** The shared corpora: $PDX_SHARED, as for the scripts, else ../shared beside the project. */
export const SHARED = resolve(process.env['PDX_SHARED'] ?? join(ROOT, '..', 'shared'));

/** The folder `name` of the shared corpora; throws, saying how to get them, when it is not there. */
export function sharedFolder(name: string): string {
  const folder = join(SHARED, name);
  if (!existsSync(folder)) throw new Error(`${folder} is missing: put the shared corpora beside the project (../shared) or set PDX_SHARED`);
  return folder;
}

/**
 * `env` for running npm from a test: on Node 22 and later npm (and tsc) keep a compile cache,
 * by default in the temporary folder, where it would outlive the run.
 */
export function npmEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, NODE_DISABLE_COMPILE_CACHE: '1' };
}

/** Null when `npm ping` reaches the registry npm would install from (its own configuration, proxy included). */
export function registryMissing(): Promise<string | null> {
  return new Promise((done) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ping', '--fetch-retries=0', '--fetch-timeout=10000'], {
      env: npmEnvironment(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => done(`npm could not run (${error.message})`));
    child.on('close', (status) => {
      const reason = stderr.split('\n').find((line) => /npm (error|ERR!)/.test(line)) ?? `exit ${status}`;
      done(status === 0 ? null : `the npm registry cannot be reached (npm ping: ${reason.trim()}): connect to it, or to the registry npm is configured for`);
    });
  });
}

export const REQUIREMENTS: Requirement[] = [
  {
    files: ['test/cli/report-browser.test.ts'],
    missing: async () => {
      const found = findChromium();
      return 'missing' in found ? found.missing : null;
    },
  },
  { files: ['test/package.test.ts'], missing: registryMissing },
  {
    files: ['test/robustness/corpus.test.ts', 'test/decode/mutants.test.ts'],
    missing: async () => {
      try {
        for (const name of ['corpus', join('bench', 'xwlb-2024')]) sharedFolder(name);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    },
  },
];

/** The lines that say which files did not run and why; empty under CI, where they run and fail instead. */
export async function notRunLines(): Promise<{ excluded: string[]; lines: string[] }> {
  if (REQUIRE_ALL) return { excluded: [], lines: [] };
  const reasons = await Promise.all(REQUIREMENTS.map((requirement) => requirement.missing()));
  const excluded: string[] = [];
  const lines: string[] = [];
  REQUIREMENTS.forEach((requirement, index) => {
    const reason = reasons[index];
    if (!reason) return;
    excluded.push(...requirement.files);
    lines.push(`not run: ${requirement.files.join(', ')}: ${reason} (CI=1 npm test makes this a failure)`);
  });
  return { excluded, lines };
}
