// The Lift token builder only finds the keywords' longer alternatives faster: the tokens it
// builds for the Lift grammar must be those Langium's own builder builds, in the same order.

import { DefaultTokenBuilder, EmptyFileSystem } from 'langium';
import type { TokenType } from 'chevrotain';
import { describe, expect, test } from 'vitest';
import { createLiftCoreServices } from '@lift/language/core';
import { LiftTokenBuilder } from '../../packages/language/src/parser/lift-token-builder.js';

function describeTokens(tokens: TokenType[]): unknown[] {
    return tokens.map(token => ({
        name: token.name,
        pattern: token.PATTERN instanceof RegExp ? token.PATTERN.toString() : typeof token.PATTERN === 'function' ? 'custom' : token.PATTERN,
        group: token.GROUP,
        lineBreaks: token.LINE_BREAKS,
        longerAlt: ([] as TokenType[]).concat(token.LONGER_ALT ?? []).map(alt => alt.name)
    }));
}

describe('LiftTokenBuilder', () => {
    const services = createLiftCoreServices(EmptyFileSystem).Lift;

    test('the Lift services build their tokens with it', () => {
        expect(services.parser.TokenBuilder).toBeInstanceOf(LiftTokenBuilder);
    });

    test('builds the same tokens as Langium, longer alternatives included', () => {
        const options = { caseInsensitive: false };
        const ours = new LiftTokenBuilder().buildTokens(services.Grammar, options) as TokenType[];
        const langiums = new DefaultTokenBuilder().buildTokens(services.Grammar, options) as TokenType[];
        expect(describeTokens(ours)).toEqual(describeTokens(langiums));
        // The comparison means something only if some keyword has a longer alternative.
        expect(ours.some(token => ([] as TokenType[]).concat(token.LONGER_ALT ?? []).length > 0)).toBe(true);
    });
});
