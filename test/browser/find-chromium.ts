// Finds a Chromium that playwright-core can drive, on any machine that ran `npm install`.
//
// Order: the `CHROMIUM` environment variable; a system Chromium (Debian's
// /usr/bin/chromium and its usual neighbours); else the build that the npm package
// `@sparticuz/chromium` ships inside the registry tarball and unpacks into the system
// temp folder. Nothing downloads a browser. `LIFT_IGNORE_SYSTEM_CHROMIUM=1` skips the
// system browsers, so a machine that has Debian's Chromium can still prove that the
// npm-only path works (CI does that once).

import { accessSync, constants } from 'node:fs';

export interface ChromiumLaunch {
    executablePath: string;
    /** Command-line flags for this build (the npm build needs its own). */
    args: string[];
    /** Where it came from, for messages. */
    source: 'CHROMIUM' | 'system' | 'npm';
}

/** Flags that keep a headless Chromium quiet on a machine without network. */
export const QUIET_FLAGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const HOW_TO_GET_ONE = 'Run `npm install` (it installs @sparticuz/chromium from the npm registry), '
    + 'install Debian\'s browser with `apt-get install chromium`, or set CHROMIUM to a Chromium executable.';

export async function findChromium(env: NodeJS.ProcessEnv = process.env, systemPaths: readonly string[] = SYSTEM_PATHS): Promise<ChromiumLaunch> {
    const named = env.CHROMIUM;
    if (named) {
        if (!isExecutable(named)) throw new Error(`CHROMIUM is set to ${named}, which is not an executable file. ${HOW_TO_GET_ONE}`);
        return { executablePath: named, args: QUIET_FLAGS, source: 'CHROMIUM' };
    }
    if (env.LIFT_IGNORE_SYSTEM_CHROMIUM !== '1') {
        const system = systemPaths.find(isExecutable);
        if (system) return { executablePath: system, args: QUIET_FLAGS, source: 'system' };
    }
    return npmChromium();
}

async function npmChromium(): Promise<ChromiumLaunch> {
    let module: typeof import('@sparticuz/chromium');
    try {
        module = await import('@sparticuz/chromium');
    } catch (error) {
        throw new Error(`No Chromium found: no system browser, and @sparticuz/chromium is not installed (${String(error)}). ${HOW_TO_GET_ONE}`);
    }
    const chromium = module.default;
    let executablePath: string;
    try {
        executablePath = await chromium.executablePath();
    } catch (error) {
        throw new Error(`@sparticuz/chromium could not unpack its browser (${String(error)}). ${HOW_TO_GET_ONE}`);
    }
    // Its own flags first (single process, software GL), then ours; duplicates are harmless.
    const args = [...chromium.args.filter(arg => !arg.startsWith('--headless')), ...QUIET_FLAGS];
    return { executablePath, args, source: 'npm' };
}

function isExecutable(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}
