// The CodeMirror LSP client speaks JSON strings; the worker's message reader and writer
// exchange message objects. This adapter sits between them.

import type { Transport } from '@codemirror/lsp-client';

export function workerTransport(worker: Worker): Transport {
    const handlers = new Map<(value: string) => void, (event: MessageEvent) => void>();
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe(handler) {
            const listener = (event: MessageEvent) => handler(JSON.stringify(event.data));
            handlers.set(handler, listener);
            worker.addEventListener('message', listener);
        },
        unsubscribe(handler) {
            const listener = handlers.get(handler);
            if (listener) worker.removeEventListener('message', listener);
            handlers.delete(handler);
        }
    };
}
