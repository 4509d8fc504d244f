#!/usr/bin/env node
// Launcher for the `lift` command. It stays plain JavaScript so npm can link it before the
// build has run. The single-file bundle starts fastest; the tsc output is the fallback.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/lift.mjs', import.meta.url);
await import(existsSync(bundle) ? bundle.href : new URL('../out/main.js', import.meta.url).href);
