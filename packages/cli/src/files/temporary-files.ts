// Temporary files that must not outlive the process: removed when it is interrupted
// (Ctrl-C, SIGTERM, a closed terminal) or exits before finishing a write. The signal is
// then raised again, so the process still ends the way the signal asked.

import { rmSync } from 'node:fs';

const alive = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeAll(): void {
    for (const path of alive) rmSync(path, { force: true });
    alive.clear();
}

function onSignal(signal: NodeJS.Signals): void {
    removeAll();
    uninstall();
    process.kill(process.pid, signal);
}

function install(): void {
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('exit', removeAll);
}

function uninstall(): void {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', removeAll);
}

/** Removes `path` if the process is interrupted before `forgetOnSignal(path)`. */
export function removeOnSignal(path: string): void {
    if (alive.size === 0) install();
    alive.add(path);
}

export function forgetOnSignal(path: string): void {
    alive.delete(path);
    if (alive.size === 0) uninstall();
}
