// Starts the language server's Web Worker. Served over http(s) the worker loads from its
// file beside the page. A page opened from disk (file://) may not start a worker from a
// file, so there the worker script is loaded as an ordinary <script> (which file:// pages
// may do); the script then hands over its own source, and the worker starts from a Blob.

declare global {
    interface Window {
        /** Set by lift-worker.js when it is loaded into a page instead of a worker. */
        liftWorkerSource?: string;
    }
}

export async function startLiftWorker(workerUrl: string): Promise<Worker> {
    if (location.protocol !== 'file:') return new Worker(workerUrl);
    if (!window.liftWorkerSource) await loadScript(workerUrl);
    const blob = new Blob([window.liftWorkerSource!], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob));
}

function loadScript(url: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = url;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`Cannot load ${url}: keep lift-worker.js beside index.html.`));
        document.head.append(script);
    });
}
