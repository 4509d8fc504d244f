// A rule's documentation page, rendered from its metadata: `lift rules ID`, the hover on a
// diagnostic and docs/rules/ID.md all come from that one source. `scripts/generate-rule-docs.mjs` writes these pages to docs/rules/, and a test
// checks that the files on disk still equal what this module renders.

import type { RuleMeta } from './rule.js';

/** The Markdown page of one rule: docs/rules/ID.md. */
export function renderRuleDoc(rule: RuleMeta): string {
    const parts: string[] = [
        `# \`${rule.id}\`: ${withoutFinalStop(rule.summary)}`,
        table([
            ['Rule id', `\`${rule.id}\``],
            ['Category', rule.category === 'coaching' ? 'coaching rule (from the coaching guide)' : 'structural check'],
            ['Default severity', rule.defaultSeverity],
            ['Reports at', rule.reportsAt],
            ['Configurable', rule.configurable ? 'yes: `rules { }` and `// lift-ignore`' : 'no']
        ]),
        '## What it checks',
        rule.explanation.trim()
    ];
    if (rule.example) {
        parts.push('## Example', 'This triggers the rule:', fence(rule.example.bad));
        if (rule.example.good !== undefined) parts.push('This does not:', fence(rule.example.good));
    }
    parts.push('## Configuration', ...configuration(rule));
    return `${parts.join('\n\n')}\n`;
}

/** The index page: docs/rules/README.md, one table per category. */
export function renderRuleIndex(rules: readonly RuleMeta[]): string {
    const section = (title: string, intro: string, members: readonly RuleMeta[]) => [
        `## ${title}`,
        intro,
        [
            '| rule | default | reports at | what it finds |',
            '| --- | --- | --- | --- |',
            ...members.map(rule => `| [\`${rule.id}\`](${ruleDocFileName(rule)}) | ${rule.defaultSeverity} | ${cell(rule.reportsAt)} | ${cell(rule.summary)} |`)
        ].join('\n')
    ].join('\n\n');
    const parts = [
        '# Rules',
        'Every diagnostic of `lift` carries the id of the rule that found it. Each rule has a page here, generated from the rule\'s own metadata by `node scripts/generate-rule-docs.mjs`; do not edit the pages by hand: change the rule\'s metadata and run the script again.',
        section('Structural checks', 'Problems that leave a file without a definite meaning. They are errors unless noted, and most cannot be configured.',
            rules.filter(rule => rule.category === 'structural')),
        section('Coaching rules', 'Advice from the coaching guide (`weightlifting-for-runners`), with its own numbers as thresholds. Each can be set to `off`, `info`, `warning` or `error` in a plan\'s `rules { }` block, and silenced at one place with `// lift-ignore RULE-ID reason`.',
            rules.filter(rule => rule.category === 'coaching'))
    ];
    return `${parts.join('\n\n')}\n`;
}

/** "recovery-48h.md": the page's file name inside docs/rules/. */
export function ruleDocFileName(rule: Pick<RuleMeta, 'id'>): string {
    return `${rule.id}.md`;
}

function configuration(rule: RuleMeta): string[] {
    if (!rule.configurable) {
        return [`\`${rule.id}\` cannot be turned off, given another severity or suppressed: without a fix the file has no definite meaning. An id of such a check in \`rules { }\` or in a \`// lift-ignore\` comment changes nothing.`];
    }
    return [
        `Give the rule another severity for one plan, or turn it off, in the plan's \`rules { }\` block. The severity is one of \`off\`, \`info\`, \`warning\` and \`error\`:`,
        fence(`rules {\n    ${rule.id} warning\n}`),
        'Silence it at one place with a comment on the line before the reported line, or at the end of that line; say why after the id:',
        fence(`// lift-ignore ${rule.id} reason`),
        'Silence it in a whole file with a comment anywhere in the file:',
        fence(`// lift-ignore-file ${rule.id}`)
    ];
}

function fence(code: string): string {
    return ['```lift', code.replace(/\s+$/, ''), '```'].join('\n');
}

function table(rows: Array<[string, string]>): string {
    return ['| | |', '| --- | --- |', ...rows.map(([key, value]) => `| ${key} | ${cell(value)} |`)].join('\n');
}

function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function withoutFinalStop(text: string): string {
    return text.trim().replace(/\.$/, '');
}
