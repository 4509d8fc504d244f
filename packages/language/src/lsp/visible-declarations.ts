// What a place in a file can name: the sessions, warm-ups or exercises its scope holds (its
// own declarations, the built-in library and its direct imports). Completion and quick fixes
// ask the same scope provider as linking, so they never offer a name that would not resolve.

import type { AstNode, AstNodeDescription, ReferenceInfo } from 'langium';
import type { LiftServices } from '../lift-module.js';

/** The declarations a reference at `container.property` could point at. */
export function visibleDeclarations(services: LiftServices, container: AstNode, property: string): AstNodeDescription[] {
    // An empty reference: the scope does not depend on what is written yet.
    const info = { reference: { $refText: '', ref: undefined }, container, property } as unknown as ReferenceInfo;
    return services.references.ScopeProvider.getScope(info).getAllElements().toArray();
}
