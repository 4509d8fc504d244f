// "Lift: Export Calendar (.ics)" and "Lift: Export JSON": build the plan in the server,
// ask where to save, write through VS Code's file system API (so remote and virtual
// targets work as well as local disks).

import * as vscode from 'vscode';
import { explainRefusal, planDocument, type PlanBuilder } from './plan-builder.js';

interface ExportKind {
    command: string;
    format: string;
    label: string;
    filters: Record<string, string[]>;
}

const EXPORTS: ExportKind[] = [
    { command: 'lift.exportCalendar', format: 'ics', label: 'calendar', filters: { 'iCalendar': ['ics'] } },
    { command: 'lift.exportJson', format: 'json', label: 'JSON', filters: { 'JSON': ['json'] } }
];

export function registerExportCommands(builder: PlanBuilder): vscode.Disposable[] {
    return EXPORTS.map(kind => vscode.commands.registerCommand(kind.command, (uri?: vscode.Uri) => exportPlan(builder, kind, uri)));
}

async function exportPlan(builder: PlanBuilder, kind: ExportKind, uri?: vscode.Uri): Promise<void> {
    const document = await planDocument(uri);
    if (!document) return;
    const outcome = await builder.build(document, kind.format);
    if (!outcome.ok) {
        await explainRefusal(`export the ${kind.label}`, outcome);
        return;
    }
    const target = await vscode.window.showSaveDialog({
        defaultUri: siblingWithExtension(document.uri, outcome.extension),
        filters: kind.filters,
        saveLabel: `Export ${kind.label}`,
        title: `Lift: export ${kind.label}`
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(outcome.content));
    void vscode.window.showInformationMessage(`Lift: exported the ${kind.label} to ${vscode.workspace.asRelativePath(target)}.`);
}

/** `plans/spring.lift` → `plans/spring.ics`; untitled plans go to the first workspace folder. */
function siblingWithExtension(uri: vscode.Uri, extension: string): vscode.Uri | undefined {
    if (uri.scheme === 'untitled') {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        return folder ? vscode.Uri.joinPath(folder, `plan${extension}`) : undefined;
    }
    return uri.with({ path: uri.path.replace(/\.lift$/, '') + extension });
}
