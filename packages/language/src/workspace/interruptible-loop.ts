// A loop over many syntax-tree items that still lets the language server answer and
// cancel. Langium's own loops await `interruptAndCheck` once per item; on a file of a
// million nodes those awaits alone cost seconds. Checking every hundred items keeps the
// same responsiveness (a hundred items take well under a millisecond).

import { Cancellation, interruptAndCheck } from 'langium';

const ITEMS_BETWEEN_CHECKS = 100;

export async function forEachInterruptibly<T>(items: readonly T[], cancelToken: Cancellation.CancellationToken, visit: (item: T) => void): Promise<void> {
    for (let index = 0; index < items.length; index++) {
        if (index % ITEMS_BETWEEN_CHECKS === 0) await interruptAndCheck(cancelToken);
        visit(items[index]);
    }
}
