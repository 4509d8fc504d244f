// SARIF 2.1.0 for code-scanning upload: the rule catalogue as tool metadata, one result per
// diagnostic with its region and related locations.

import { ALL_RULES, ruleDocumentationUri, type Severity } from '@lift/language/core';
import type { CheckReport } from './report-model.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(report: CheckReport, toolVersion: string): string {
    const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.id, index]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'lift',
                    version: toolVersion,
                    semanticVersion: toolVersion,
                    rules: ALL_RULES.map(rule => ({
                        id: rule.id,
                        name: rule.id,
                        shortDescription: { text: rule.summary },
                        fullDescription: { text: rule.explanation.replace(/`/g, '') },
                        help: { text: rule.explanation.replace(/`/g, ''), markdown: rule.explanation },
                        helpUri: ruleDocumentationUri(rule.id),
                        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
                        properties: { category: rule.category }
                    }))
                }
            },
            results: report.files.flatMap(file => file.diagnostics.map(d => ({
                ruleId: d.rule,
                ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
                level: LEVEL[d.severity],
                message: { text: d.message },
                locations: [location(file.path, d.line, d.column, d.endLine, d.endColumn)],
                ...(d.related.length > 0 ? {
                    relatedLocations: d.related.map((place, id) => ({
                        id,
                        ...location(place.path, place.line, place.column),
                        message: { text: place.message }
                    }))
                } : {})
            })))
        }]
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

function location(path: string, line: number, column: number, endLine?: number, endColumn?: number) {
    return {
        physicalLocation: {
            artifactLocation: { uri: path.split('\\').join('/') },
            region: { startLine: line, startColumn: column, ...(endLine ? { endLine, endColumn } : {}) }
        }
    };
}
