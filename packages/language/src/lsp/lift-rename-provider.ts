// Rename for sessions, warm-ups and exercises, across every file that uses them (the
// references index spans the workspace and the imported files). Names of the built-in
// library are not the user's to change, and a new name must be a valid identifier.

import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, ResponseError, type CancellationToken, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isBuiltinLibrary } from '../builtin/builtin-library.js';

const IDENTIFIER = /^[_a-zA-Z][\w-]*$/;

export class LiftRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.renameTarget(document, params);
        if (!target) return undefined;
        if (!IDENTIFIER.test(params.newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `'${params.newName}' is not a valid name: start with a letter or _, then letters, digits, _ or -.`);
        }
        return super.rename(document, params, cancelToken);
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, cancelToken?: CancellationToken): MaybePromise<Range | undefined> {
        return this.renameTarget(document, params) ? super.prepareRename(document, params, cancelToken) : undefined;
    }

    /** The session, warm-up or exercise under the cursor, if the user may rename it. */
    private renameTarget(document: LangiumDocument, params: TextDocumentPositionParams): AstNode | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(document.parseResult.value.$cstNode, offset, this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const target = this.references.findDeclarations(leaf)[0];
        if (!ast.isSession(target) && !ast.isWarmup(target) && !ast.isExercise(target)) return undefined;
        if (isBuiltinLibrary(AstUtils.getDocument(target).uri)) {
            throw new ResponseError(ErrorCodes.InvalidRequest, `'${target.name}' is a built-in exercise and cannot be renamed; declare your own exercise to use another name.`);
        }
        return target;
    }
}
