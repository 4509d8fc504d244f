// Parser messages a coach can act on: what was expected, after what, and what was found
// instead ("Expected ':' after the weekday 'mon' but found 'run'").

import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

/** The tokens of the text being parsed, in order; the parser hands them over. */
export type TokenSource = () => readonly IToken[];

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

/**
 * Chevrotain's `previous` is the parser's position when the message is built, which after
 * look-ahead or recovery can be the found token itself or one beyond it ("after 'pm' but
 * found 'pm'"). The message names instead the token just before the one found, taken from
 * the token vector when the parser provides it.
 */
export class LiftParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    constructor(private readonly tokens: TokenSource = () => []) {
        super();
    }

    override buildMismatchTokenMessage({ expected, actual, previous }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Expected ${describeType(expected)}${after(this.tokenBefore(actual, previous))} but found ${describeToken(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Unexpected ${describeToken(firstRedundant)}: a file holds only imports, plans, sessions, warm-ups and exercises.`;
    }

    override buildNoViableAltMessage({ actual, previous, ruleName }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return `Expected ${describeRule(ruleName)}${after(this.tokenBefore(actual[0], previous))} but found ${describeToken(actual[0])}.`;
    }

    override buildEarlyExitMessage({ actual, previous, ruleName }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return `Expected at least one ${describeRule(ruleName)}${after(this.tokenBefore(actual[0], previous))} but found ${describeToken(actual[0])}.`;
    }

    /** The last token before `found` in the text: the one that parsed. */
    private tokenBefore(found: IToken | undefined, fallback: IToken | undefined): IToken | undefined {
        const tokens = this.tokens();
        const offset = found && Number.isFinite(found.startOffset) && found.tokenType.name !== 'EOF' ? found.startOffset : Infinity;
        let low = 0;
        let high = tokens.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (tokens[middle].startOffset < offset) low = middle + 1;
            else high = middle;
        }
        if (low > 0) return tokens[low - 1];
        if (tokens.length > 0) return undefined;
        // No token vector: trust Chevrotain's token only when it stands before the one found.
        return fallback && (offset === Infinity || fallback.startOffset < offset) ? fallback : undefined;
    }
}

/**
 * A grammar rule in a coach's words. Langium marks its rule names with a zero-width space
 * ("Phase\u200b"), which must never reach a message.
 */
function describeRule(ruleName: string): string {
    const name = ruleName.replace(/\u200b/g, '');
    return RULE_WORDS[name] ?? `a ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

function describeType(type: TokenType): string {
    if (type.name === 'EOF') return 'the end of the file';
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
