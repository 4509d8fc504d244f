// `npm run playground`: builds the playground and serves it on 127.0.0.1. The port comes
// from PORT, else a free one is picked; the URL is printed.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, [fileURLToPath(new URL('build-playground.mjs', import.meta.url))], { stdio: 'inherit' });

const requested = process.env.PORT ? Number(process.env.PORT) : 0;
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`PORT must be a port number (0–65535), not '${process.env.PORT}'.`);
    process.exit(2);
}
try {
    const { url } = await startStaticServer(`${webRoot}dist`, requested);
    console.log(`Lift playground: ${url}  (Ctrl-C stops it)`);
} catch (error) {
    const reason = error.code === 'EADDRINUSE' ? `port ${requested} is in use; choose another with PORT=…, or leave PORT unset for a free one` : error.message;
    console.error(`Cannot serve the playground: ${reason}.`);
    process.exit(1);
}
