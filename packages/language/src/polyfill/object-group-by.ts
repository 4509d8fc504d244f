// Node 20 lacks Object.groupBy, which chevrotain 13 (under Langium 4.4) calls while it
// builds the parser. Every entry point imports this module before anything from Langium.
// VS Code 1.91–1.100 run extensions on Node 20 too, so the extension needs it as well.
type GroupBy = <T, K extends PropertyKey>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => Partial<Record<K, T[]>>;

const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };

if (typeof objectWithGroupBy.groupBy !== 'function') {
    objectWithGroupBy.groupBy = function groupBy<T, K extends PropertyKey>(items: Iterable<T>, keyOf: (item: T, index: number) => K) {
        const groups = Object.create(null) as Partial<Record<K, T[]>>;
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}

export {};
