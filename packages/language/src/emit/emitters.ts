// The build formats of `lift build`. Each emitter reads the resolved plan only; the
// diagnostics come along for formats that mark warnings on their days.

import type { Diagnostic } from 'vscode-languageserver-types';
import type { ResolvedPlan } from '../plan/resolved-plan.js';
import { planToJson } from './json/plan-to-json.js';
import { icsEmitter } from './ics/ics-emitter.js';
import { htmlEmitter } from './html/html-emitter.js';
import { markdownEmitter } from './markdown/markdown-emitter.js';

export interface EmitInput {
    plan: ResolvedPlan;
    /** Diagnostics of the plan's document (warnings and infos: a plan with errors is not built). */
    diagnostics: Diagnostic[];
    /** Seconds since the epoch for timestamps that must be reproducible (SOURCE_DATE_EPOCH). */
    sourceDateEpoch?: number;
}

export interface Emitter {
    format: string;
    /** File extension for `-o` defaults and editor exports. */
    extension: string;
    mediaType: string;
    emit(input: EmitInput): string;
}

export const jsonEmitter: Emitter = {
    format: 'json',
    extension: '.json',
    mediaType: 'application/json',
    emit: ({ plan }) => `${JSON.stringify(planToJson(plan), null, 2)}\n`
};

const EMITTERS = new Map<string, Emitter>([[jsonEmitter.format, jsonEmitter]]);
EMITTERS.set(icsEmitter.format, icsEmitter);
EMITTERS.set(htmlEmitter.format, htmlEmitter);
EMITTERS.set(markdownEmitter.format, markdownEmitter);

export function findEmitter(format: string): Emitter | undefined {
    return EMITTERS.get(format);
}

export function emitterFormats(): string[] {
    return [...EMITTERS.keys()];
}
