// Parser messages a coach can act on: what was expected, after what, and what was found
// instead ("Expected ':' after the weekday 'mon' but found 'run'").

import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

const RULE_WORDS: Record<string, string> = {
    LiftFile: 'a declaration (plan, session, warmup, exercise or import)',
    Plan: 'a plan statement (athlete, start, timezone, race, rules or phase)',
    Activity: 'an activity (run, cross, lift or rest)',
    RunTarget: 'a pace (3:50/km, 4:10-4:20/km) or a heart-rate zone (z1 to z5)',
    WeekOverride: 'week numbers (week 4, week 4, 8 or week 3-5)',
    DayLine: 'a day line such as `mon: run easy 30min`',
    Phase: 'a day line (mon: …) or a week override (week K { … })',
    ExerciseLine: 'an exercise line such as `squat 4x5 @ 80kg`',
    Session: 'an exercise line such as `squat 4x5 @ 80kg`',
    Weekday: 'a weekday (mon, tue, wed, thu, fri, sat, sun)',
    Intensity: 'heavy or light',
    Severity: 'a severity (off, info, warning, error)',
    Load: 'a load (80kg, 175lb, 75% or bw)',
    Amount: 'an amount (45min, 10km or 6x800m)',
    RunKind: 'a run kind (easy, long, tempo, intervals, …)',
    RuleName: 'a rule id',
    Name: 'a name',
    Id: 'a name'
};

const TOKEN_WORDS: Record<string, string> = {
    ID: 'a name',
    STRING: 'a quoted text',
    NUMBER: 'a number',
    DATE: 'a date (YYYY-MM-DD)',
    TIME: 'a time (HH:MM)',
    QUANTITY: 'a quantity with its unit (90s, 5km, 80kg, 75%)',
    REPEAT: 'sets x reps (4x5)',
    STEP: 'a weekly step (+2.5kg/week)',
    PACE: 'a pace (3:50/km)',
    RANGE_END: 'the end of a range (the -6 of 3x4-6)'
};

export class LiftParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual, previous }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Expected ${describeType(expected)}${after(previous)} but found ${describeToken(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Unexpected ${describeToken(firstRedundant)}: a file holds only imports, plans, sessions, warm-ups and exercises.`;
    }

    override buildNoViableAltMessage({ actual, previous, ruleName }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return `Expected ${ruleWords(ruleName)}${after(previous)} but found ${describeToken(actual[0])}.`;
    }

    override buildEarlyExitMessage({ actual, previous, ruleName }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return `Expected at least one ${ruleWords(ruleName)}${after(previous)} but found ${describeToken(actual[0])}.`;
    }
}

/** Words for a grammar rule. Langium hands rule names over with a zero-width space appended. */
function ruleWords(ruleName: string): string {
    const name = ruleName.replace(/\u200B/g, '');
    return RULE_WORDS[name] ?? name;
}

function describeType(type: TokenType): string {
    return TOKEN_WORDS[type.name] ?? `'${type.name}'`;
}

function describeToken(token: IToken | undefined): string {
    if (!token || token.tokenType.name === 'EOF' || token.image === '') return 'the end of the file';
    return `'${token.image}'`;
}

function after(previous: IToken | undefined): string {
    if (!previous || !previous.image) return '';
    const weekday = /^(mon|tue|wed|thu|fri|sat|sun)$/.test(previous.image);
    return weekday ? ` after the weekday '${previous.image}'` : ` after '${previous.image}'`;
}
