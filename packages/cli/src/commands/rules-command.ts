// `lift rules [RULE-ID]`: the rule catalogue, or one rule explained with an example.

import { ALL_RULES, findRule, type Rule } from '@lift/language';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';

export function runRules(id: string | undefined, io: CliIo): number {
    if (id === undefined) {
        io.stdout(listRules(io));
        return 0;
    }
    const rule = findRule(id);
    if (!rule) throw new UsageError(`lift: there is no rule '${id}'; run 'lift rules' for the list`);
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
        `${c.bold(rule.id)} — ${rule.summary}`,
        `Default severity: ${severityLabel(rule)}${rule.configurable ? '' : ' (always; cannot be turned off)'}\nReports at: ${rule.reportsAt}`,
        rule.explanation
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

function severityLabel(rule: Rule): string {
    return rule.defaultSeverity;
}

function indent(text: string): string {
    return text.split('\n').map(line => `    ${line}`).join('\n');
}
