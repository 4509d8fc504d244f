// Node 20 lacks Object.groupBy, which chevrotain 13 (under Langium 4.4) calls.
// Loaded with `node --import` for the Langium generator.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = function groupBy(items, keyOf) {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}
