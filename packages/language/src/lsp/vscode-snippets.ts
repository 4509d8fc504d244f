// The snippets the VS Code extension ships (packages/vscode/snippets/lift.code-snippets),
// built from the vocabulary so that their choice lists (levels, focus, patterns, weekdays,
// intensities) never drift from what the language accepts. `scripts/generate-snippets.mjs`
// writes the file during `npm run build`; a test checks the committed file equals this.

import { DEFAULT_INTENSITY, FOCUSES, INTENSITIES, LEVELS, PATTERNS, WEEKDAYS } from '../model/vocabulary.js';

interface Snippet {
    prefix: string;
    description: string;
    body: string[];
}

/** `${N|a,b,c|}`: a choice placeholder. */
function choice(index: number, values: readonly string[]): string {
    return `\${${index}|${values.join(',')}|}`;
}

/** The default intensity first, as the language reads a session that names none. */
const INTENSITY_CHOICES = [DEFAULT_INTENSITY, ...INTENSITIES.filter(value => value !== DEFAULT_INTENSITY)];

export function vscodeSnippets(): Record<string, Snippet> {
    return {
        Plan: {
            prefix: 'plan',
            description: 'A whole plan: athlete, start date, a race and a first phase.',
            body: [
                'plan "${1:Spring Marathon}" {',
                '\tathlete "${2:Athlete name}" {',
                `\t\tlevel ${choice(3, LEVELS)}`,
                '\t\tmax squat ${4:100}kg',
                '\t}',
                '\tstart ${5:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
                '\trace "${6:City Marathon}" on ${7:2027-04-25} priority A',
                '',
                `\tphase \${8:Base} \${9:6} weeks focus ${choice(10, FOCUSES)} {`,
                '\t\tmon: rest',
                '\t\ttue: run easy 45min, lift ${11:StrengthA}',
                '\t\twed: run easy 40min',
                '\t\tthu: run tempo 30min',
                '\t\tfri: rest',
                '\t\tsat: run long 90min',
                '\t\tsun: rest',
                '\t}',
                '}',
                '$0'
            ]
        },
        Phase: {
            prefix: 'phase',
            description: 'A phase: a week template repeated for N weeks.',
            body: [
                `phase \${1:Build} \${2:4} weeks focus ${choice(3, FOCUSES)} {`,
                '\tmon: ${4:rest}',
                '\ttue: ${5:run intervals 6x800m, lift StrengthA}',
                '\twed: ${6:run easy 40min}',
                '\tthu: ${7:run easy 40min}',
                '\tfri: ${8:run tempo 30min}',
                '\tsat: ${9:run easy 30min}',
                '\tsun: ${10:run long 90min}',
                '}',
                '$0'
            ]
        },
        Session: {
            prefix: 'session',
            description: 'A strength session: an optional warm-up, then one exercise per line.',
            body: [
                `session \${1:StrengthA} ${choice(2, INTENSITY_CHOICES)} {`,
                '\twarmup ${3:Standard}',
                '\t${4:squat} ${5:4}x${6:5} @ ${7:80kg} rest ${8:2min} rir ${9:2}',
                '\t$0',
                '}'
            ]
        },
        'Warm-up': {
            prefix: 'warmup',
            description: 'A warm-up: cardio, then mobility.',
            body: [
                'warmup ${1:Standard} {',
                '\tcardio ${2|rower,bike,jog,skipping|} ${3:10min}',
                '\tmobility ${4:6min} "${5:leg swings, hip circles, walking lunges}"',
                '}',
                '$0'
            ]
        },
        Exercise: {
            prefix: 'exercise',
            description: 'Declare an exercise the built-in library does not have.',
            body: [
                'exercise ${1:nordic-curl} "${2:Nordic hamstring curl}" {',
                `\tpattern ${choice(3, PATTERNS)}`,
                '\tmuscles ${4:hamstrings, glutes}',
                `\tlevel ${choice(5, LEVELS)}`,
                '\tcue "${6:What to feel and watch for}"',
                '}',
                '$0'
            ]
        },
        'Week override': {
            prefix: 'week',
            description: 'Replace some days of one week of the phase (a down week, a race week).',
            body: [
                'week ${1:4} {',
                `\t${choice(2, WEEKDAYS)}: \${3:run easy 30min}`,
                '}',
                '$0'
            ]
        }
    };
}

/** The file's text: four-space JSON, as the repository writes it. */
export function vscodeSnippetsFile(): string {
    return `${JSON.stringify(vscodeSnippets(), null, 4)}\n`;
}
