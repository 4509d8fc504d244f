// Errors a user causes (a missing file, a wrong option): printed as one line, exit 2, no stack.

export class UsageError extends Error {
    constructor(message: string, readonly exitCode = 2) {
        super(message);
        this.name = 'UsageError';
    }
}
