// Files that exist but could not be read (no permission, a folder named `x.lift`, not a
// regular file), with the reason. The loaders record them; `import-not-found` then says
// why an import could not be read instead of calling the file missing. This is a fact
// about the disk, kept by URI, so every set of services shares it.

const reasons = new Map<string, string>();

export function recordUnreadable(uri: string, reason: string): void {
    reasons.set(uri, reason);
}

export function recordReadable(uri: string): void {
    reasons.delete(uri);
}

export function unreadableReason(uri: string): string | undefined {
    return reasons.get(uri);
}

/** A reader's error in a few words ("permission denied"), or undefined when the file does not exist. */
export function readFailureReason(error: unknown): string | undefined {
    const code = (error as { code?: string })?.code;
    switch (code) {
        case 'ENOENT': case 'ENOTDIR': return undefined;
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'it is a folder';
        case 'ENOTREGULAR': case 'ETOOLARGE': return (error as Error).message;
        default: return code ?? (error as Error)?.message ?? String(error);
    }
}
