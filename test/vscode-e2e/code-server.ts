// A real VS Code for the end-to-end test: code-server 4.100.3 (installed by
// scripts/install-code-server.sh) with the packaged .vsix installed into a fresh
// extensions folder, a fresh user-data folder and a workspace copied from examples/.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_DIR = process.env.LIFT_CODE_SERVER_DIR ?? '/opt/lift-code-server';
const CODE_SERVER = join(CODE_SERVER_DIR, 'bin', 'code-server');

export interface RunningCodeServer {
    url: string;
    workspace: string;
    /** VS Code's user settings file; VS Code picks up changes to it while running. */
    settingsFile: string;
    stop(): Promise<void>;
}

export interface CodeServerOptions {
    vsix: string;
    /** Files and folders of the workspace: target path → source path. */
    workspaceFiles: Record<string, string>;
    /** User settings for VS Code. */
    settings: Record<string, unknown>;
}

export function assertCodeServerInstalled(): void {
    if (!existsSync(CODE_SERVER)) {
        throw new Error(`code-server is not installed in ${CODE_SERVER_DIR}: run \`bash scripts/install-code-server.sh\` first (or set LIFT_CODE_SERVER_DIR).`);
    }
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
    assertCodeServerInstalled();
    const root = mkdtempSync(join(tmpdir(), 'lift-code-server-'));
    const userData = join(root, 'user-data');
    const extensions = join(root, 'extensions');
    const workspace = join(root, 'workspace');
    mkdirSync(join(userData, 'User'), { recursive: true });
    mkdirSync(extensions, { recursive: true });
    writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));
    for (const [target, source] of Object.entries(options.workspaceFiles)) {
        cpSync(source, join(workspace, target), { recursive: true });
    }
    // Its own config file, so nothing is read from or written to the user's ~/.config.
    const config = join(root, 'config.yaml');
    writeFileSync(config, 'auth: none\ncert: false\n');
    const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
    execFileSync(CODE_SERVER, [...common, '--install-extension', options.vsix], { stdio: 'pipe' });

    const port = await freePort();
    const server = spawn(CODE_SERVER, [
        ...common,
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        workspace
    ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    server.stdout!.on('data', chunk => { log += chunk; });
    server.stderr!.on('data', chunk => { log += chunk; });
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, server, () => log);
    return {
        url: `${url}/?folder=${encodeURIComponent(workspace)}`,
        workspace,
        settingsFile: join(userData, 'User', 'settings.json'),
        stop: async () => {
            await stopProcessGroup(server);
            rmSync(root, { recursive: true, force: true });
        }
    };
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}:\n${log()}`);
        try {
            const response = await fetch(`${url}/healthz`);
            if (response.ok) return;
        } catch {
            // not listening yet
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer on ${url} within 60 s:\n${log()}`);
}

/** Ends code-server and the processes it started (extension host, language server). */
async function stopProcessGroup(server: ChildProcess): Promise<void> {
    if (server.exitCode !== null || server.pid === undefined) return;
    const exited = new Promise(resolve => server.once('exit', resolve));
    try {
        process.kill(-server.pid, 'SIGTERM');
    } catch {
        return;
    }
    const timeout = new Promise(resolve => setTimeout(resolve, 5000, 'timeout'));
    if (await Promise.race([exited, timeout]) === 'timeout') {
        try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const address = probe.address();
            probe.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
        });
    });
}
