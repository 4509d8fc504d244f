// The limits of what Lift reads and computes (docs/security.md). Past them a plan is
// refused with an error at the offending place, never cut short in silence: a file
// whose numbers overflowed or whose phases were truncated would build a wrong calendar.

/**
 * Largest `.lift` file the command line reads, in bytes. Checking a file holds its syntax
 * tree in memory, and the tree takes far more room than the text: see
 * MEMORY_PER_FILE_BYTE. A 16 MB file needs about 3 GB, within the 4 GB that Node gives a
 * process on a machine of 16 GB or more.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/**
 * Memory that checking needs per byte of a file: measured about 100 on generated plans
 * (a 10 MB library peaks at 1 GB of heap), doubled for text denser in tokens. A file whose
 * need passes the process's heap limit is refused before it is read, with the way to raise
 * the limit, instead of running out of memory halfway.
 */
export const MEMORY_PER_FILE_BYTE = 200;
/** Longest string literal (a name, a note, a cue), in characters, quotes excluded. */
export const MAX_STRING_LENGTH = 10_000;
/** Largest number in any amount (sets, reps, loads, durations, distances, steps, weeks). */
export const MAX_NUMBER = 100_000;
/**
 * Most repetitions of a running repeat (`6x800m`): its steps are written out one by one in
 * the JSON, the FIT files and the watch, for every week the run is scheduled.
 */
export const MAX_RUN_REPEATS = 100;
/** Longest phase, in weeks (ten years); the resolver never computes more. */
export const MAX_PHASE_WEEKS = 520;
/** Longest plan, all phases together, in weeks (twenty years). */
export const MAX_PLAN_WEEKS = 1040;
/** Last day a plan may reach: dates keep four-digit years in JSON, ICS and every other output. */
export const LAST_DATE = { year: 9999, month: 12, day: 31 } as const;
/** Largest SOURCE_DATE_EPOCH: 9999-12-31T23:59:59Z, so DTSTAMP and time_created keep four-digit years. */
export const MAX_SOURCE_DATE_EPOCH = 253_402_300_799;
