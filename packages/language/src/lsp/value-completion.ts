// The closed value sets the grammar reads as plain identifiers (so that `squat` can be both
// an exercise and a pattern): which set belongs where, and how each value is described.

import { ALL_RULES } from '../rules/registry.js';
import { DEFAULT_QUALITY_RUNS, FOCUSES, LEVELS, PATTERNS, PRIORITIES, RUN_KINDS } from '../model/vocabulary.js';

export interface ValueChoice {
    value: string;
    detail: string;
    documentation?: string;
}

const FOCUS_DETAILS: Record<string, string> = {
    base: 'base building: the most lifting',
    build: 'building race fitness: lifting held',
    peak: 'race preparation: less lifting than in base',
    taper: 'before the race: light maintenance only',
    recovery: 'after a race or a block: easy weeks'
};

const PRIORITY_DETAILS: Record<string, string> = {
    A: 'major race: the taper rule applies',
    B: 'tune-up race',
    C: 'training race'
};

function runKinds(): ValueChoice[] {
    return RUN_KINDS.map(kind => ({
        value: kind,
        detail: (DEFAULT_QUALITY_RUNS as readonly string[]).includes(kind) ? 'run kind · quality run' : 'run kind'
    }));
}

/** After `@` on a run: the heart-rate zones, and a pace per km and per mile to edit. */
function runTargets(): ValueChoice[] {
    return [
        ...[1, 2, 3, 4, 5].map(zone => ({ value: `z${zone}`, detail: `heart-rate zone ${zone}` })),
        { value: '5:00/km', detail: 'pace per kilometre (M:SS/km; a range is 4:10-4:20/km)' },
        { value: '8:00/mi', detail: 'pace per mile (M:SS/mi; a range is 7:30-7:45/mi)' }
    ];
}

/** Rules that `rules { }` and `// lift-ignore` can change; the others always report. */
export function configurableRuleChoices(): ValueChoice[] {
    return ALL_RULES.filter(rule => rule.configurable).map(rule => ({
        value: rule.id,
        detail: `${rule.category === 'coaching' ? 'coaching rule' : 'check'} · default ${rule.defaultSeverity}`,
        documentation: rule.summary
    }));
}

/**
 * The values allowed for the property the completion parser expects next, named by the
 * grammar rule and property (`Phase.focus`, `RunKind`, `LevelSetting.value`, …).
 */
export function valueChoicesFor(rule: string | undefined, property: string | undefined): ValueChoice[] | undefined {
    if (rule === 'RunTarget') return runTargets();
    if (rule === 'RunKind' || property === 'kinds' || (rule === 'RunActivity' && property === 'kind')) return runKinds();
    if (rule === 'Phase' && property === 'focus') return FOCUSES.map(value => ({ value, detail: `focus · ${FOCUS_DETAILS[value]}` }));
    if (rule === 'Race' && (property === 'priority' || property === 'priorities')) return PRIORITIES.map(value => ({ value, detail: `priority · ${PRIORITY_DETAILS[value]}` }));
    if (rule === 'LevelSetting') return LEVELS.map(value => ({ value, detail: 'level' }));
    if (rule === 'UnitsSetting') return [{ value: 'kg', detail: 'units · loads in kilograms' }, { value: 'lb', detail: 'units · loads in pounds' }];
    if (rule === 'PatternSetting') return PATTERNS.map(value => ({ value, detail: 'movement pattern' }));
    if (rule === 'RuleName' || (rule === 'RuleSetting' && property === 'rule')) return configurableRuleChoices();
    return undefined;
}
