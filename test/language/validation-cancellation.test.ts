// A check that a newer edit has made stale stops instead of finishing: the validator gives
// the cancellation token a chance before resolving the calendar and before the rules.

import { EmptyFileSystem, isOperationCancelled, URI } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { createLiftServices } from '@lift/language';

const PLAN = 'plan "A" { start 2027-01-04 phase P 1 week focus base { mon: run easy 40min } }';

describe('validation and cancellation', () => {
    test('a cancelled check stops with OperationCancelled, and an uncancelled one reports', async () => {
        const services = createLiftServices(EmptyFileSystem).Lift;
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(PLAN, URI.parse('file:///memory/cancel.lift'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
        const validator = services.validation.DocumentValidator;

        const cancelled = new CancellationTokenSource();
        cancelled.cancel();
        const error = await validator.validateDocument(document, {}, cancelled.token).then(() => undefined, caught => caught);
        expect(isOperationCancelled(error)).toBe(true);

        const diagnostics = await validator.validateDocument(document, {}, new CancellationTokenSource().token);
        expect(Array.isArray(diagnostics)).toBe(true);
    });
});
