// The playground page: an example menu, a tab per file, the editors, the live calendar,
// downloads and a share link. The language work happens in the worker (lift-worker.js).

import { examples } from 'lift-embedded:examples';
import { CalendarPanel } from './calendar-panel.js';
import { saveBuild } from './downloads.js';
import { PlaygroundSession } from './playground-session.js';
import { startLiftWorker } from './worker-loader.js';
import {
    loadSavedState, planPath, pristineWorkspace, saveState, shareFragment, workspaceFromFragment, type PlaygroundWorkspace
} from './saved-workspaces.js';

// A classic script (it also runs from file://): the worker sits beside it.
const WORKER_URL = new URL('lift-worker.js', (document.currentScript as HTMLScriptElement).src).href;
const SHARED = 'shared';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const menu = element<HTMLSelectElement>('example-menu');
const tabs = element('tabs');
const editors = element('editors');
const status = element('status');
const calendar = new CalendarPanel(element<HTMLIFrameElement>('calendar'), element('calendar-banner'));

const state = loadSavedState();
let session: PlaygroundSession | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

async function start(): Promise<void> {
    const shared = await workspaceFromFragment(location.hash);
    if (shared) {
        state.workspaces[SHARED] = shared;
        state.current = SHARED;
        // The plan now lives in this browser; a reload must not bring the link's version back over later edits.
        history.replaceState(null, '', location.pathname + location.search);
        saveState(state);
    }
    fillMenu();
    await open(state.current);
    element('reset').addEventListener('click', resetExample);
    element('format').addEventListener('click', () => session?.format());
    element('download-ics').addEventListener('click', () => download('ics'));
    element('download-json').addEventListener('click', () => download('json'));
    element('download-intervals').addEventListener('click', () => download('intervals'));
    element('share').addEventListener('click', share);
    menu.addEventListener('change', () => void open(menu.value));
}

function fillMenu(): void {
    menu.replaceChildren();
    if (state.workspaces[SHARED]) menu.append(new Option('Shared plan', SHARED));
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const example of examples) {
        let group = groups.get(example.group);
        if (!group) {
            group = document.createElement('optgroup');
            group.label = example.group;
            groups.set(example.group, group);
            menu.append(group);
        }
        group.append(new Option(`${example.title} (${example.name}.lift)`, example.name));
    }
}

/** Starts a session on a workspace: the coach's saved edits, or the example as shipped. */
async function open(name: string, workspace: PlaygroundWorkspace = state.workspaces[name] ?? pristineWorkspace(name)): Promise<void> {
    rememberEdits();
    session?.destroy();
    session = undefined;
    editors.replaceChildren();
    state.current = workspace.name;
    menu.value = workspace.name;
    let worker: Worker;
    try {
        worker = await startLiftWorker(WORKER_URL);
    } catch (error) {
        return setStatus(`The language server could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
    session = new PlaygroundSession(workspace, editors, worker, {
        onChecked: scheduleCalendar,
        onEdited: scheduleSave,
        onShown: () => {
            renderTabs();
            scheduleSave();
        },
        onFailed: reason => setStatus(`The Lift language server stopped (${reason}). Reload the page: your plan is kept in this browser.`)
    });
    renderTabs();
    setStatus('');
}

function renderTabs(): void {
    if (!session) return;
    const active = session.workspace.activePath;
    tabs.replaceChildren(...session.workspace.files.map(file => {
        const tab = document.createElement('button');
        tab.type = 'button';
        tab.role = 'tab';
        tab.textContent = file.path;
        tab.setAttribute('aria-selected', String(file.path === active));
        tab.addEventListener('click', () => session?.show(file.path));
        return tab;
    }));
}

function resetExample(): void {
    if (state.current === SHARED) return setStatus('A shared plan has no shipped version to go back to; pick an example from the menu.');
    delete state.workspaces[state.current];
    session?.destroy();
    session = undefined;
    void open(state.current, pristineWorkspace(state.current)).then(() => saveState(state));
}

function scheduleCalendar(): void {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshCalendar, 150);
}

async function refreshCalendar(): Promise<void> {
    const current = session;
    if (!current) return;
    try {
        const result = await current.build('html');
        if (current === session) calendar.show(result);
    } catch (error) {
        if (current === session) setStatus(`The calendar could not be built: ${String(error)}`);
    }
}

function scheduleSave(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { rememberEdits(); saveState(state); }, 300);
}

function rememberEdits(): void {
    if (session) state.workspaces[session.workspace.name] = session.snapshot();
}

async function download(format: string): Promise<void> {
    if (!session) return;
    const problem = saveBuild(await session.build(format), planPath(session.workspace));
    setStatus(problem ?? '');
}

async function share(): Promise<void> {
    if (!session) return;
    const url = new URL(location.href);
    url.hash = await shareFragment(session.snapshot());
    try {
        await navigator.clipboard.writeText(url.href);
        setStatus(`Link copied (${url.href.length} characters). Anyone who opens it gets this plan in their own browser.`);
    } catch {
        setStatus(`Share this link: ${url.href}`);
    }
    element('share').dataset.link = url.href;
}

function setStatus(text: string): void {
    status.textContent = text;
}

void start();
