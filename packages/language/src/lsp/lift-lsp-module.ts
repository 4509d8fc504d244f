// Editor features of the language server (completion, hover, code actions, formatting, …).
// They read the same services and resolved plan as the CLI.

import type { LiftModuleExtension } from '../lift-module.js';

export const LiftLspModule: LiftModuleExtension = {};
