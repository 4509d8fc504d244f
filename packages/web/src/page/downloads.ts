// Downloads of the plan in the formats the worker builds (the same emitters as `lift
// build`): the calendar, the JSON build, and intervals.icu's bulk events. Workout files in
// FIT stay with the command line: the FIT SDK's licence does not allow shipping it inside a
// web page.

import type { BuildResult } from './playground-session.js';

export function saveBuild(result: BuildResult, planPath: string): string | undefined {
    if (!('content' in result)) return `Nothing to download: ${result.message}.`;
    const base = planPath.replace(/^.*\//, '').replace(/\.lift$/, '');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([result.content], { type: result.mediaType }));
    link.download = fileName(base, result.format, result.extension);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    return undefined;
}

/** "plan.ics", "plan.json", and "plan.intervals.json" for a format whose extension is another's. */
export function fileName(base: string, format: string, extension: string): string {
    const named = format === 'json' || extension === `.${format}`;
    return `${base}${named ? '' : `.${format}`}${extension}`;
}
