// Every node of a parsed file, walked once and kept for as long as that parse lives.
//
// Several checks look at every node of a file (values, dates, times, rest days) or at every
// token (bounds, suppression comments). Langium's `streamAst` and `flattenCst` build a
// generator stream per call, and on a large file those streams (and the garbage they leave)
// cost more than the checks themselves. Here each tree is walked once, by plain loops, into
// an array that every caller shares. The arrays are keyed by the root node, so a new parse
// (a keystroke in the editor) gets new ones and the old ones go with the old tree.

import {
    isAstNode, isMultiReference, isReference,
    type AstNode, type CstNode, type CompositeCstNode, type LeafCstNode, type ReferenceInfo
} from 'langium';

const astNodes = new WeakMap<AstNode, readonly AstNode[]>();
const cstLeaves = new WeakMap<AstNode, readonly LeafCstNode[]>();
const references = new WeakMap<AstNode, readonly ReferenceInfo[]>();
/** For each type guard, which node types it accepts. */
const acceptedTypes = new WeakMap<(node: unknown) => boolean, Map<string, boolean>>();

/**
 * The root and every node it contains, in the order of Langium's `streamAst`: depth first,
 * each node before its children, children in the order of their properties.
 */
export function allAstNodes(root: AstNode): readonly AstNode[] {
    let nodes = astNodes.get(root);
    if (!nodes) {
        nodes = walkAst(root);
        astNodes.set(root, nodes);
    }
    return nodes;
}

/** The nodes of `allAstNodes` that `is` accepts, each guard asked once per node type. */
export function allAstNodesOf<T extends AstNode>(root: AstNode, is: (node: unknown) => node is T): T[] {
    return allAstNodes(root).filter((node): node is T => acceptsType(is, node.$type));
}

/**
 * Whether the type guard `is` accepts nodes of `type`. Generated guards answer from the
 * type alone (the type or one of its supertypes), so the answer is kept per guard and type.
 */
export function acceptsType(is: (node: unknown) => boolean, type: string): boolean {
    let accepted = acceptedTypes.get(is);
    if (!accepted) {
        accepted = new Map();
        acceptedTypes.set(is, accepted);
    }
    let yes = accepted.get(type);
    if (yes === undefined) {
        yes = is({ $type: type });
        accepted.set(type, yes);
    }
    return yes;
}

/**
 * Every cross-reference under the root, in the order of Langium's `streamAst` and
 * `streamReferences`: what linking and the reference index walk.
 */
export function allReferences(root: AstNode): readonly ReferenceInfo[] {
    let found = references.get(root);
    if (!found) {
        const collected: ReferenceInfo[] = [];
        for (const node of allAstNodes(root)) collectReferences(node, collected);
        references.set(root, found = collected);
    }
    return found;
}

/** Every leaf of the root's concrete syntax tree (tokens and comments) in text order. */
export function allCstLeaves(root: AstNode): readonly LeafCstNode[] {
    let leaves = cstLeaves.get(root);
    if (!leaves) {
        leaves = root.$cstNode ? walkCst(root.$cstNode) : [];
        cstLeaves.set(root, leaves);
    }
    return leaves;
}

/** Depth first with an explicit stack: a deeply nested tree must not overflow the call stack. */
function walkAst(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    const stack: AstNode[] = [root];
    const children: AstNode[] = [];
    while (stack.length > 0) {
        const node = stack.pop()!;
        nodes.push(node);
        collectChildren(node, children);
        // Pushed in reverse so that the first child is walked first.
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
        children.length = 0;
    }
    return nodes;
}

/** The node's contained children, as Langium's `streamContents` lists them. */
function collectChildren(node: AstNode, into: AstNode[]): void {
    for (const key in node) {
        if (key.charCodeAt(0) === 36 /* $ */ || !Object.hasOwn(node, key)) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) into.push(item);
        } else if (isAstNode(value)) {
            into.push(value);
        }
    }
}

function collectReferences(node: AstNode, into: ReferenceInfo[]): void {
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */ || !Object.hasOwn(node, property)) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) {
            into.push({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            value.forEach((element, index) => {
                if (isReference(element) || isMultiReference(element)) into.push({ reference: element, container: node, property, index });
            });
        }
    }
}

function walkCst(root: CstNode): LeafCstNode[] {
    const leaves: LeafCstNode[] = [];
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        const content = (node as CompositeCstNode).content;
        if (content === undefined) {
            leaves.push(node as LeafCstNode);
            continue;
        }
        for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
    }
    return leaves;
}
