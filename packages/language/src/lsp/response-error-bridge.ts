// Langium answers a cancelled or failed request by returning a ResponseError. Its
// ResponseError comes from the copy of vscode-jsonrpc that vscode-languageserver-protocol
// 3.18.5 brings (10.x), while the connection of vscode-languageserver 10.1 runs on another
// copy (9.x). The connection tells an error from a result with `instanceof`, so it sent
// Langium's errors as *results*: a cancelled completion answered `{ "code": -32800 }`.
// Every handler registered on the connection is wrapped here so that such an error reaches
// the client as an LSP error, whichever copy of the class it was made with.

import { ResponseError } from 'vscode-languageserver';

type Handler = (...args: unknown[]) => unknown;

/** The connection, with every `on…` registration's handler answering errors as errors. */
export function bridgeResponseErrors<C extends object>(connection: C): C {
    return wrapObject(connection, new WeakMap());
}

function wrapObject<T extends object>(target: T, proxies: WeakMap<object, object>): T {
    const existing = proxies.get(target);
    if (existing) return existing as T;
    const proxy = new Proxy(target, {
        get(object, property) {
            const value = Reflect.get(object, property, object) as unknown;
            if (typeof value === 'function') {
                const method = value as Handler;
                if (typeof property === 'string' && property.startsWith('on')) {
                    return (...args: unknown[]) => method.apply(object, args.map(arg => (typeof arg === 'function' ? wrapHandler(arg as Handler) : arg)));
                }
                return method.bind(object);
            }
            // Feature groups (`languages`, `workspace`, `languages.semanticTokens`, …) register handlers too.
            return value !== null && typeof value === 'object' ? wrapObject(value, proxies) : value;
        }
    });
    proxies.set(target, proxy);
    return proxy;
}

function wrapHandler(handler: Handler): Handler {
    return (...args: unknown[]) => {
        try {
            const result = handler(...args);
            return isThenable(result) ? result.then(asOwnError, error => { throw asOwnError(error); }) : asOwnError(result);
        } catch (error) {
            throw asOwnError(error);
        }
    };
}

/** A ResponseError of another vscode-jsonrpc copy, remade with the connection's own class. */
export function asOwnError(value: unknown): unknown {
    if (value instanceof ResponseError || !(value instanceof Error)) return value;
    const { code, data } = value as Error & { code?: unknown; data?: unknown };
    return typeof code === 'number' ? new ResponseError(code, value.message, data) : value;
}

function isThenable(value: unknown): value is Promise<unknown> {
    return value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';
}
