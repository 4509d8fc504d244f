import { test } from 'vitest';
import { CstUtils, EmptyFileSystem, URI } from 'langium';
import { createLiftServices, parseAndValidate } from '@lift/language';
import { DefaultCompletionProvider } from 'langium/lsp';

class Probe extends DefaultCompletionProvider {
    protected override completionFor(context: any, next: any, acceptor: any) {
        const f = next.feature;
        let rule = f; while (rule && rule.$type !== 'ParserRule') rule = rule.$container;
        let asg = f; while (asg && asg.$type !== 'Assignment') asg = asg.$container;
        console.log('NEXT', f.$type, f.value ?? f.rule?.$refText ?? '', 'type=', next.type, 'prop=', next.property, 'rule=', rule?.name, 'asg=', asg?.feature, 'node=', context.node?.$type);
        return super.completionFor(context, next, acceptor);
    }
}

test('probe', async () => {
    const { Lift } = createLiftServices(EmptyFileSystem, { lsp: { CompletionProvider: (s: any) => new Probe(s) } } as any);
    const texts = [
        'plan "x" {\n start 2027-01-04\n phase A 2 weeks focus base {\n  mon: run |\n }\n}\n',
        'plan "x" {\n start 2027-01-04\n phase A 2 weeks focus |',
        'session S {\n  |\n}\n',
        'session S {\n  squat 3x5 rest 90|\n}\n',
        'plan "x" {\n rules {\n  |\n }\n}\n',
    ];
    for (const t of texts) {
        const offset = t.indexOf('|');
        const text = t.replace('|', '');
        const doc = await parseAndValidate(Lift, text, URI.parse(`file:///p${texts.indexOf(t)}.lift`));
        console.log('----', JSON.stringify(t));
        const res = await Lift.lsp.CompletionProvider!.getCompletion(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) });
        console.log(res?.items.map(i => i.label).join(' '));
    }
    const doc = await parseAndValidate(Lift, '// head\nsession S { // a\n  squat 3x5 /* b */ rest 90s\n}\n// tail\n', URI.parse('file:///c.lift'));
    for (const n of CstUtils.flattenCst(doc.parseResult.value.$cstNode!)) console.log(n.hidden, JSON.stringify(n.text), n.offset);
});
