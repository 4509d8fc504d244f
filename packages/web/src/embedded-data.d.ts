// Modules the playground's build (scripts/build-playground.mjs) makes up from files of
// the repository, so the page and the worker carry them without a file system.

declare module 'lift-embedded:builtin-library' {
    /** The text of packages/language/builtin/exercises.lift. */
    export const builtinLibraryText: string;
}

declare module 'lift-embedded:vtimezones' {
    /** Zone name (with aliases) to the file that holds its VTIMEZONE component. */
    export const zoneFiles: Record<string, string>;
    /** File name to its VTIMEZONE component. */
    export const components: Record<string, string>;
}

declare module 'lift-embedded:examples' {
    export interface ExampleFile {
        /** Path inside examples/, e.g. `first-5k.lift` or `lib/strength.lift`. */
        path: string;
        text: string;
    }
    /** The example plans (examples/*.lift), each with the library files it imports. */
    export const examples: Array<{
        /** The path without `.lift`, e.g. `first-5k` or `mistakes/cold-start`. */
        name: string;
        /** The plan's own name. */
        title: string;
        /** `Examples` or `Mistakes on purpose`. */
        group: string;
        /** The plan first, then the files it imports. */
        files: ExampleFile[];
    }>;
}
