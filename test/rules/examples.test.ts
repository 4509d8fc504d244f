// The example plans are clean (no warning, no error), and the deliberate mistakes together
// show every rule id of docs/rules. Files are read from disk, as the CLI reads them.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { ALL_RULES, createLiftServices, loadDocuments } from '@lift/language';
import { problems } from '../helpers/services.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const MISTAKES = join(EXAMPLES, 'mistakes');

function liftFiles(folder: string): string[] {
    return readdirSync(folder).sort().flatMap(name => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return liftFiles(path);
        return name.endsWith('.lift') ? [path] : [];
    });
}

let documents: Map<string, LangiumDocument>;

beforeAll(async () => {
    const services = createLiftServices(NodeFileSystem).Lift;
    const paths = liftFiles(EXAMPLES);
    const loaded = await loadDocuments(services, paths.map(path => URI.file(path)), async uri => {
        try {
            return readFileSync(uri.fsPath, 'utf8');
        } catch {
            return undefined;
        }
    });
    documents = new Map(loaded.documents.map(document => [relative(EXAMPLES, document.uri.fsPath), document]));
});

describe('examples', () => {
    const plans = liftFiles(EXAMPLES).filter(path => !path.startsWith(MISTAKES)).map(path => relative(EXAMPLES, path));

    test('there are example plans and libraries to check', () => {
        expect(plans.length).toBeGreaterThan(2);
    });

    test.each(plans)('%s has no warning or error', name => {
        expect(problems(documents.get(name)!.diagnostics)).toEqual([]);
    });

    test('the deliberate mistakes show every rule id', () => {
        const found = new Set([...documents].filter(([name]) => name.startsWith('mistakes')).flatMap(([, document]) => (document.diagnostics ?? []).map(d => d.code)));
        const missing = ALL_RULES.map(rule => rule.id).filter(id => !found.has(id));
        expect(missing).toEqual([]);
    });
});
