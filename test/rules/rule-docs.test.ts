// docs/rules/ is generated from the rules' metadata; this keeps it from drifting.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ALL_RULES, findRule, renderRuleDoc, renderRuleIndex, ruleDocFileName } from '@lift/language';

const DOCS = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const REGENERATE = 'docs/rules/ is out of date: run `npm run build && node scripts/generate-rule-docs.mjs` and commit the result.';

function onDisk(name: string): string | undefined {
    const path = join(DOCS, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

describe('docs/rules', () => {
    test.each(ALL_RULES.map(rule => [rule.id, rule] as const))('%s.md equals what its metadata renders', (_id, rule) => {
        expect(onDisk(ruleDocFileName(rule)), REGENERATE).toBe(renderRuleDoc(rule));
    });

    test('README.md is the index of every rule', () => {
        expect(onDisk('README.md'), REGENERATE).toBe(renderRuleIndex(ALL_RULES));
    });

    test('no page is left over from a rule that no longer exists', () => {
        const stale = readdirSync(DOCS).filter(name => name.endsWith('.md') && name !== 'README.md' && !findRule(name.slice(0, -3)));
        expect(stale, REGENERATE).toEqual([]);
    });
});

describe('a rule page', () => {
    const page = renderRuleDoc(findRule('taper')!);

    test('has the title, id, default severity, category, place, summary and explanation', () => {
        expect(page).toMatch(/^# `taper`: Heavy lifting in the last 14 days before a priority-A race\n/);
        expect(page).toContain('| Rule id | `taper` |');
        expect(page).toContain('| Default severity | error |');
        expect(page).toContain('| Category | coaching rule (from the coaching guide) |');
        expect(page).toContain('| Reports at | the `lift` activity |');
        expect(page).toContain('## What it checks');
        expect(page).toContain(findRule('taper')!.explanation);
    });

    test('shows the examples as lift code', () => {
        expect(page).toContain(`This triggers the rule:\n\n\`\`\`lift\n${findRule('taper')!.example!.bad}\n\`\`\``);
        expect(page).toContain(`This does not:\n\n\`\`\`lift\n${findRule('taper')!.example!.good}\n\`\`\``);
    });

    test('says how to configure and suppress a configurable rule', () => {
        expect(page).toContain('```lift\nrules {\n    taper warning\n}\n```');
        expect(page).toContain('// lift-ignore taper reason');
        expect(page).toContain('// lift-ignore-file taper');
    });

    test('says that a structural check cannot be configured', () => {
        const syntax = renderRuleDoc(findRule('syntax')!);
        expect(syntax).toContain('| Configurable | no |');
        expect(syntax).toContain('cannot be turned off');
        expect(syntax).not.toContain('lift-ignore-file syntax');
    });

    test('the index links every page', () => {
        const index = renderRuleIndex(ALL_RULES);
        for (const rule of ALL_RULES) expect(index).toContain(`[\`${rule.id}\`](${rule.id}.md)`);
    });
});
