import { test } from 'vitest';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { createLiftServices, loadDocuments } from '@lift/language';
test('scratch', async () => {
    const services = createLiftServices(NodeFileSystem).Lift;
    const files = [...readdirSync('examples').filter(f => f.endsWith('.lift')).map(f => `examples/${f}`), ...readdirSync('examples/lib').filter(f => f.endsWith('.lift')).map(f => `examples/lib/${f}`), ...readdirSync('examples/mistakes').filter(f => f.endsWith('.lift')).map(f => `examples/mistakes/${f}`)];
    const uris = files.map(f => URI.file(`${process.cwd()}/${f}`));
    const { documents } = await loadDocuments(services, uris, async uri => { try { return await readFile(uri.fsPath, 'utf8'); } catch { return undefined; } });
    for (const d of documents) {
        console.log('== ' + d.uri.path);
        for (const x of d.diagnostics ?? []) console.log(`  ${x.severity} ${x.code} ${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`);
    }
});
