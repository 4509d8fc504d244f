// What the editor shows about a rule and about one of its diagnostics, as Markdown. A hover
// is read at a glance: the message, why the rule exists in a sentence or two, and where
// the whole page is (`lift rules ID`, docs/rules/ID.md). The page itself stays one click
// away; pasting it into the hover buried the message under a wall of text.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocumentationUri } from '../rules/registry.js';
import type { RuleMeta } from '../rules/rule.js';

const SEVERITY_WORDS: Record<DiagnosticSeverity, string> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint'
};

export interface DiagnosticHoverOptions {
    /** Keep the message and a link only: the second and later diagnostics of one place. */
    brief?: boolean;
    /** Leave the message out: VS Code already shows it at the top of the hover. */
    withoutMessage?: boolean;
}

/**
 * One diagnostic under the cursor: its severity and rule, the message, the reason, the link.
 * Brief for the second and later diagnostics of one place, so that a lift with three
 * warnings still fits on a screen.
 */
export function diagnosticMarkdown(diagnostic: Diagnostic, rule: RuleMeta, { brief = false, withoutMessage = false }: DiagnosticHoverOptions = {}): string {
    const severity = SEVERITY_WORDS[diagnostic.severity ?? DiagnosticSeverity.Error];
    const head = `**${severity}** · \`${rule.id}\`${withoutMessage ? '' : ` · ${diagnostic.message}`}`;
    if (brief) return `${head} · [more](${ruleDocumentationUri(rule.id)})`;
    return [head, `_Why:_ ${rule.reason}`, documentationLine(rule)].join('\n\n');
}

/** A rule named in `rules { }`, a suppression comment or a completion item. */
export function ruleMarkdown(rule: RuleMeta): string {
    const kind = rule.category === 'coaching' ? 'coaching rule' : 'structural check';
    return [
        `**\`${rule.id}\`** · ${kind} · default ${rule.defaultSeverity} · ${rule.summary}`,
        `_Why:_ ${rule.reason}`,
        documentationLine(rule)
    ].join('\n\n');
}

function documentationLine(rule: RuleMeta): string {
    return `More: \`lift rules ${rule.id}\` · [docs/rules/${rule.id}.md](${ruleDocumentationUri(rule.id)})`;
}
