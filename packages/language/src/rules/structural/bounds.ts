// The bounds behind `syntax` (model/bounds.ts): a string, a number, a phase or a plan past
// Lift's limits is an error at its place. Without this check the resolver would clamp a
// phase, a 400-digit load would become Infinity, and a date after 9999 would print a
// six-digit year in the JSON and ICS output.

import type { CstNode } from 'langium';
import { Temporal } from 'temporal-polyfill';
import { LAST_DATE, MAX_NUMBER, MAX_PHASE_WEEKS, MAX_PLAN_WEEKS, MAX_STRING_LENGTH } from '../../model/bounds.js';
import { allCstLeaves } from '../../parser/syntax-tree-walk.js';
import type { RuleContext } from '../rule.js';

const NUMERIC_TOKENS = new Set(['NUMBER', 'QUANTITY', 'REPEAT', 'STEP']);

export function checkBounds(context: RuleContext): void {
    for (const leaf of allCstLeaves(context.file)) checkToken(leaf, context);
    checkPlanLength(context);
}

function checkToken(leaf: CstNode, { file, report }: RuleContext): void {
    const type = (leaf as CstNode & { tokenType?: { name: string } }).tokenType?.name;
    if (type === 'STRING' && leaf.length - 2 > MAX_STRING_LENGTH) {
        report({ node: file, range: leaf.range, message: `This text is ${(leaf.length - 2).toLocaleString('en')} characters long; Lift reads at most ${MAX_STRING_LENGTH.toLocaleString('en')} in one string: shorten it.` });
    } else if (type !== undefined && NUMERIC_TOKENS.has(type)) {
        const tooLarge = (leaf.text.match(/\d+(\.\d+)?/g) ?? []).find(number => !(Number(number) <= MAX_NUMBER));
        if (tooLarge !== undefined) {
            report({ node: file, range: leaf.range, message: `${shorten(tooLarge)} is too large: Lift reads numbers up to ${MAX_NUMBER.toLocaleString('en')} in an amount.` });
        }
    }
}

function checkPlanLength({ file, plan, report }: RuleContext): void {
    let total = 0;
    for (const phase of file.plans[0]?.phases ?? []) {
        if (!Number.isInteger(phase.length) || phase.length < 1) continue; // syntax-values explains it
        if (phase.length > MAX_PHASE_WEEKS) {
            report({ node: phase, property: 'length', message: `A phase lasts at most ${MAX_PHASE_WEEKS} weeks (ten years); split ${shorten(String(phase.length))} weeks into shorter phases.` });
            return;
        }
        total += phase.length;
        if (total > MAX_PLAN_WEEKS) {
            report({ node: phase, property: 'length', message: `With this phase the plan lasts ${total} weeks; Lift plans at most ${MAX_PLAN_WEEKS} weeks (twenty years).` });
            return;
        }
    }
    const lastDate = Temporal.PlainDate.from(LAST_DATE);
    const late = plan?.phases.find(phase => Temporal.PlainDate.compare(phase.end, lastDate) > 0);
    if (late) {
        report({ node: late.node, property: 'length', message: `This phase ends on ${late.end.toString()}, after ${lastDate.toString()}: Lift's calendar stops there; start the plan earlier or shorten it.` });
    }
}

function shorten(digits: string): string {
    return digits.length > 24 ? `${digits.slice(0, 12)}…(${digits.length} digits)` : digits;
}
