// The live calendar beside the editor: the HTML emitter's page (the same one `lift build
// --format html` writes), built by the worker from the resolved plan. A plan with errors
// is not built; the panel then keeps the last calendar and says why it is not current.

import type { BuildResult } from './playground-session.js';

export class CalendarPanel {
    private lastGood = false;

    constructor(private readonly frame: HTMLIFrameElement, private readonly banner: HTMLElement) {}

    show(result: BuildResult): void {
        if ('content' in result) {
            this.replacePage(result.content);
            this.lastGood = true;
            // Warnings need no banner: the calendar marks them on their days and lists them.
            this.setBanner('', 'warning');
            return;
        }
        const stale = this.lastGood ? ' The calendar shows the last version without errors.' : '';
        if (!this.lastGood) this.replacePage('');
        this.setBanner(`${result.message}.${stale} Fix the red markers to bring it up to date.`, 'error');
    }

    /** Swaps the page in, keeping the reader's scroll position. */
    private replacePage(html: string): void {
        const scrollY = this.frame.contentWindow?.scrollY ?? 0;
        this.frame.addEventListener('load', () => this.frame.contentWindow?.scrollTo(0, scrollY), { once: true });
        this.frame.srcdoc = html;
    }

    private setBanner(text: string, kind: 'warning' | 'error'): void {
        this.banner.textContent = text;
        this.banner.hidden = text === '';
        this.banner.dataset.kind = kind;
    }
}
