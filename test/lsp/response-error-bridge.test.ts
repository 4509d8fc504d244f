// Errors that Langium returns from a handler reach the client as errors, although Langium's
// ResponseError class comes from another copy of vscode-jsonrpc than the connection's.

import { describe, expect, test } from 'vitest';
import { ResponseError as ConnectionResponseError } from 'vscode-languageserver';
import { ResponseError as LangiumResponseError, LSPErrorCodes } from 'vscode-languageserver-protocol';
import { asOwnError, bridgeResponseErrors } from '../../packages/language/src/lsp/response-error-bridge.js';

describe('response errors across vscode-jsonrpc copies', () => {
    test('the two classes really differ here, which is why the bridge exists', () => {
        expect(new LangiumResponseError(1, 'x') instanceof ConnectionResponseError).toBe(false);
    });

    test('a foreign ResponseError is remade with the connection\'s class; results pass unchanged', () => {
        const converted = asOwnError(new LangiumResponseError(LSPErrorCodes.RequestCancelled, 'cancelled', { why: 'stale' }));
        expect(converted).toBeInstanceOf(ConnectionResponseError);
        expect(converted).toMatchObject({ code: LSPErrorCodes.RequestCancelled, message: 'cancelled', data: { why: 'stale' } });
        const result = { items: [] };
        expect(asOwnError(result)).toBe(result);
        expect(asOwnError(null)).toBeNull();
    });

    test('handlers registered through the bridged connection, nested groups included, answer errors as errors', async () => {
        const registered: Record<string, (...args: unknown[]) => unknown> = {};
        const connection = {
            onHover(handler: (...args: unknown[]) => unknown) { registered.hover = handler; },
            languages: { semanticTokens: { on(handler: (...args: unknown[]) => unknown) { registered.tokens = handler; } } },
            sendDiagnostics: () => 'sent'
        };
        const bridged = bridgeResponseErrors(connection);
        bridged.onHover(async () => new LangiumResponseError(LSPErrorCodes.RequestCancelled, 'cancelled'));
        bridged.languages.semanticTokens.on(() => { throw new LangiumResponseError(LSPErrorCodes.ServerCancelled, 'busy'); });
        expect(await registered.hover()).toBeInstanceOf(ConnectionResponseError);
        expect(() => registered.tokens()).toThrow(ConnectionResponseError);
        expect(bridged.sendDiagnostics()).toBe('sent');
    });
});
