// The real example plans (examples/*.lift, not examples/mistakes), loaded from disk with
// their imports the way the CLI loads them, ready to hand to an emitter.

import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createLiftServices, loadDocuments, type EmitInput, type LiftServices } from '@lift/language';

export const EXAMPLES_FOLDER = fileURLToPath(new URL('../../examples/', import.meta.url));

export const EXAMPLE_FILES = readdirSync(EXAMPLES_FOLDER).filter(name => name.endsWith('.lift')).sort();

/** The deliberate-mistake plans, as paths relative to examples/. */
export const MISTAKE_FILES = readdirSync(`${EXAMPLES_FOLDER}mistakes`).filter(name => name.endsWith('.lift')).sort().map(name => `mistakes/${name}`);

/** The mistake plans that still build (warnings and infos only), with their inputs. */
export async function buildableMistakes(): Promise<{ file: string; input: EmitInput }[]> {
    const buildable: { file: string; input: EmitInput }[] = [];
    for (const file of MISTAKE_FILES) {
        try {
            buildable.push({ file, input: await exampleInput(file) });
        } catch {
            // a plan with errors is not built: nothing to show
        }
    }
    return buildable;
}

/** Loads one example (fresh services each call) and gives what `lift build` hands an emitter. */
export async function exampleInput(file: string, options: { sourceDateEpoch?: number } = {}): Promise<EmitInput> {
    const services: LiftServices = createLiftServices(NodeFileSystem).Lift;
    const uri = URI.file(`${EXAMPLES_FOLDER}${file}`);
    const { documents } = await loadDocuments(services, [uri], async target => {
        try {
            return await readFile(target.fsPath, 'utf8');
        } catch {
            return undefined;
        }
    });
    const document = documents[0];
    const diagnostics = document.diagnostics ?? [];
    const errors = diagnostics.filter(d => d.severity === 1);
    if (errors.length > 0) throw new Error(`${file} has errors: ${errors.map(e => e.message).join('; ')}`);
    const plan = services.plan.PlanResolver.resolve(document);
    if (!plan) throw new Error(`${file} has no plan`);
    return { plan, diagnostics, ...options };
}
