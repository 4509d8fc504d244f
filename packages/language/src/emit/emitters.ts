// The build formats of `lift build`. Each emitter reads the resolved plan only; the
// diagnostics come along for formats that mark warnings on their days.

import type { Diagnostic } from 'vscode-languageserver-types';
import type { ResolvedPlan } from '../plan/resolved-plan.js';
import { planToJson } from './json/plan-to-json.js';
import { icsEmitter } from './ics/ics-emitter.js';
import { htmlEmitter } from './html/html-emitter.js';
import { markdownEmitter } from './markdown/markdown-emitter.js';
import { fitEmitter } from './fit/fit-emitter.js';
import { intervalsEmitter } from './intervals/intervals-emitter.js';

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

/** One file of a format that writes a folder of files. */
export interface OutputFile {
    name: string;
    content: Uint8Array;
}

/** A format that writes several files into a folder (`lift build --format fit -o DIR`). */
export interface FolderEmitter {
    format: string;
    /** Extension of every file it writes. */
    extension: string;
    emitFiles(input: EmitInput): Promise<OutputFile[]>;
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
EMITTERS.set(intervalsEmitter.format, intervalsEmitter);

const FOLDER_EMITTERS = new Map<string, FolderEmitter>([[fitEmitter.format, fitEmitter]]);

export function findEmitter(format: string): Emitter | undefined {
    return EMITTERS.get(format);
}

/** The format that writes a folder of files, e.g. `fit`. */
export function findFolderEmitter(format: string): FolderEmitter | undefined {
    return FOLDER_EMITTERS.get(format);
}

/** Every build format: those written to one file or standard output, then the folder ones. */
export function emitterFormats(): string[] {
    return [...fileFormats(), ...FOLDER_EMITTERS.keys()];
}

/** The formats that compile into one text (what an editor can export or preview). */
export function fileFormats(): string[] {
    return [...EMITTERS.keys()];
}
