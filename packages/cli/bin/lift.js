#!/usr/bin/env node
// Launcher for the `lift` command. The compiled program lives in ../out; this file stays
// plain JavaScript so npm can link it before the build has run.
import '../out/main.js';
