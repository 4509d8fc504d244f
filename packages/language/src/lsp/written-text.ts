// A node's text as the author wrote it, on one line: how hovers quote an exercise line and
// how a quick fix carries an activity to its new place in a day line.

export function writtenText(node: { $cstNode?: { text: string } }): string {
    return (node.$cstNode?.text ?? '').replace(/\s+/g, ' ').trim();
}
