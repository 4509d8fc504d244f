// intervals.icu's workout text for a run's steps, so the run arrives in its calendar as a
// structured workout it can send on to a watch:
//
//   Warmup
//   - 15m
//
//   6x
//   - 800mtr 3:50/km Pace
//   - 400mtr
//
//   Cooldown
//   - 10m
//
// Durations are `1h30m`, `10m`, `45s`; distances `5km` or `400mtr` (intervals.icu reads a
// bare `m` as minutes); a pace is `3:50/km Pace` or `4:10-4:20/km Pace`; a zone `Z2 HR`.

import type { RunStep, StepTarget } from '../../plan/run-steps.js';
import { repeatedPattern } from '../step-repeats.js';

/** The workout text of the steps; empty when no step has a length to follow. */
export function workoutText(steps: readonly RunStep[]): string {
    if (!steps.some(step => step.seconds !== undefined || step.metres !== undefined)) return '';
    const warmup = steps.filter(step => step.kind === 'warmup');
    const cooldown = steps.filter(step => step.kind === 'cooldown');
    const main = steps.filter(step => step.kind === 'work' || step.kind === 'recovery');
    const blocks: string[] = [];
    if (warmup.length > 0) blocks.push(['Warmup', ...warmup.map(stepLine)].join('\n'));
    if (main.length > 0) blocks.push(mainBlock(main));
    if (cooldown.length > 0) blocks.push(['Cooldown', ...cooldown.map(stepLine)].join('\n'));
    return blocks.join('\n\n');
}

function mainBlock(steps: RunStep[]): string {
    const repeated = repeatedPattern(steps);
    if (repeated) return [`${repeated.count}x`, ...repeated.pattern.map(stepLine)].join('\n');
    return steps.map(stepLine).join('\n');
}

function stepLine(step: RunStep): string {
    const target = step.target ? ` ${targetText(step.target)}` : '';
    return `- ${lengthText(step)}${target}`;
}

function lengthText(step: RunStep): string {
    if (step.seconds !== undefined) return durationText(step.seconds);
    if (step.metres !== undefined) return step.metres % 1000 === 0 ? `${step.metres / 1000}km` : `${step.metres}mtr`;
    return 'open';
}

/** "1h30m", "10m", "1m30s", "45s". */
export function durationText(seconds: number): string {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const rest = seconds % 60;
    return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', rest ? `${rest}s` : ''].join('') || '0s';
}

/** "3:50/km Pace", "4:10-4:20/km Pace", "Z2 HR". */
export function targetText(target: StepTarget): string {
    if ('zone' in target) return `Z${target.zone} HR`;
    const { from, to, per } = target.pace;
    const pace = from === to ? paceText(from) : `${paceText(from)}-${paceText(to)}`;
    return `${pace}/${per} Pace`;
}

function paceText(seconds: number): string {
    return `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
}
