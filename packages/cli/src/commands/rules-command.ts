// `lift rules [RULE-ID]`: the rule catalogue, or one rule explained with an example.
// The explanations are written in Markdown (docs/rules/ is generated from them); here they
// are rendered for reading in a terminal, piped or not: **bold** becomes bold (or plain
// without colour), `code` stays in backticks unless colour can mark it. The Markdown
// itself is in docs/rules/ID.md.

import { ALL_RULES, closestNames, findRule, type Rule } from '@lift/language/core';
import type { Colors } from '../terminal/colors.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';

export function runRules(id: string | undefined, io: CliIo): number {
    if (id === undefined) {
        io.stdout(listRules(io));
        return 0;
    }
    const rule = findRule(id);
    if (!rule) {
        const suggestions = similarRuleIds(id);
        const hint = suggestions.length > 0 ? `did you mean ${suggestions.map(s => `'${s}'`).join(' or ')}? ` : '';
        throw new UsageError(`lift: there is no rule '${id}'; ${hint}run 'lift rules' for the list`);
    }
    io.stdout(explainRule(rule, io));
    return 0;
}

function listRules({ colors: c }: CliIo): string {
    const width = Math.max(...ALL_RULES.map(rule => rule.id.length));
    const section = (title: string, rules: Rule[]) => [
        c.bold(title),
        ...rules.map(rule => `  ${rule.id.padEnd(width)}  ${severityLabel(rule).padEnd(8)}  ${rule.summary}`)
    ].join('\n');
    return [
        section('Structural checks', ALL_RULES.filter(rule => rule.category === 'structural')),
        section('Coaching rules', ALL_RULES.filter(rule => rule.category === 'coaching')),
        c.dim('Run `lift rules RULE-ID` for the explanation of one rule.')
    ].join('\n\n') + '\n';
}

function explainRule(rule: Rule, { colors: c }: CliIo): string {
    const parts = [
        `${c.bold(rule.id)} — ${renderMarkdown(rule.summary, c)}`,
        `Default severity: ${severityLabel(rule)}${rule.configurable ? '' : ' (always; cannot be turned off)'}\nReports at: ${renderMarkdown(rule.reportsAt, c)}`,
        renderMarkdown(rule.explanation, c)
    ];
    if (rule.example) {
        parts.push(`${c.bold('Example that fires:')}\n${indent(rule.example.bad)}`);
        if (rule.example.good) parts.push(`${c.bold('Fixed:')}\n${indent(rule.example.good)}`);
    }
    if (rule.configurable) {
        parts.push(`${c.bold('Configure:')}\n    rules { ${rule.id} warning }   // off | info | warning | error\n    // lift-ignore ${rule.id} <reason>`);
    }
    return `${parts.join('\n\n')}\n`;
}

/** Ids that start with what was typed (`recovery` → `recovery-48h`), or look like a typo of it. */
function similarRuleIds(id: string): string[] {
    const ids = ALL_RULES.map(rule => rule.id);
    const extended = ids.filter(candidate => candidate.startsWith(`${id}-`) || candidate.startsWith(id));
    return extended.length > 0 ? extended.slice(0, 3) : closestNames(id, ids);
}

/** The Markdown of an explanation, for a terminal: no `**`, code marked by colour when there is colour. */
function renderMarkdown(markdown: string, c: Colors): string {
    return markdown
        .replace(/\*\*([^*]+)\*\*/g, (_, text: string) => c.bold(text))
        .replace(/`([^`]+)`/g, (whole, code: string) => (c.isColorSupported ? c.cyan(code) : whole));
}

function severityLabel(rule: Rule): string {
    return rule.defaultSeverity;
}

function indent(text: string): string {
    return text.split('\n').map(line => `    ${line}`).join('\n');
}
