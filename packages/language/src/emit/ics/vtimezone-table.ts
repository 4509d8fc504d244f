// VTIMEZONE components from @touch4it/ical-timezones. The package reads its zone files
// from `__dirname`, which in a single-file bundle (the CLI's dist/lift.cjs) is the
// bundle's folder, not the package's; there the files are found through the installed
// package instead, the way the built-in exercise library is found. Where neither works
// (a bundle shipped without node_modules) the zone counts as missing and event-zone.ts
// falls back to UTC times.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';

const cache = new Map<string, string | null>();

/** Looks a zone's VTIMEZONE component up; null when it has none. */
export type VtimezoneLookup = (zone: string) => string | null;

let injectedLookup: VtimezoneLookup | undefined;

/**
 * Hosts without a file system (the browser playground's worker) supply the components
 * themselves, embedded at build time; the package's files are not read then.
 */
export function setVtimezoneLookup(lookup: VtimezoneLookup): void {
    injectedLookup = lookup;
    cache.clear();
}

/** The VTIMEZONE component of an IANA zone, or null when the table has none. */
export function vtimezoneOf(zone: string): string | null {
    let component = cache.get(zone);
    if (component === undefined) {
        component = injectedLookup ? injectedLookup(zone) : fromPackage(zone) ?? fromInstalledFiles(zone);
        cache.set(zone, component);
    }
    return component;
}

function fromPackage(zone: string): string | null {
    try {
        return getVtimezoneComponent(zone);
    } catch {
        return null;
    }
}

function fromInstalledFiles(zone: string): string | null {
    try {
        const require = createRequire(import.meta.url);
        const table = require.resolve('@touch4it/ical-timezones/zones.js');
        const file = (require(table) as Record<string, string | undefined>)[zone];
        if (!file) return null;
        const calendar = readFileSync(join(dirname(table), 'zones', file), 'utf8');
        return calendar.slice(calendar.indexOf('BEGIN:VTIMEZONE'), calendar.indexOf('END:VCALENDAR'));
    } catch {
        return null;
    }
}
