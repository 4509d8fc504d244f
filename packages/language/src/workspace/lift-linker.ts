// Linking and the reference index over the file's shared walk (parser/syntax-tree-walk.ts)
// instead of a generator stream per node: the same references in the same order, resolved
// by the same `doLink` and described by the same `createInfoDescriptions`.

import {
    Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider,
    type LangiumDocument, type ReferenceDescription
} from 'langium';
import { allReferences } from '../parser/syntax-tree-walk.js';
import { forEachInterruptibly } from './interruptible-loop.js';

export class LiftLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // Langium's profiler wants a task per reference: leave that path to Langium.
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        await forEachInterruptibly(allReferences(document.parseResult.value), cancelToken, reference => this.doLink(reference, document));
    }
}

export class LiftReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachInterruptibly(allReferences(document.parseResult.value), cancelToken, reference => {
            if (!reference.reference.error) descriptions.push(...this.createInfoDescriptions(reference));
        });
        return descriptions;
    }
}

/**
 * No reference index, for processes that never ask where a name is used (the `lift`
 * commands): the index holds a description of every reference, with its path and range,
 * which on a large file is a good part of the memory and of the time to build it.
 */
export class NoReferenceDescriptions extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(): Promise<ReferenceDescription[]> {
        return [];
    }
}
