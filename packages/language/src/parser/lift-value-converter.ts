// Token values as the AST holds them. RANGE_END is the high end of a range written
// against its low end (`3x4-6`, `rir 1-2`, `week 3-5`): the dash belongs to the range, not
// to the number, so the value is 6, never -6.

import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class LiftValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'RANGE_END') return Number(input.slice(1));
        return super.runConverter(rule, input, cstNode);
    }
}
