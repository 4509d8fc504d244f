// The calendar preview's page: the html emitter's page with a content security policy
// that allows no scripts and nothing remote, and the "has errors" banner.

import { describe, expect, test } from 'vitest';
import { withPreviewChrome } from '../../packages/vscode/src/preview-html.js';

const CSP_SOURCE = 'https://webview.example';

describe('the calendar preview page', () => {
    test('puts a script-free content security policy first in the head', () => {
        const page = withPreviewChrome('<!DOCTYPE html><html><head><title>Plan</title></head><body><header>Plan</header></body></html>', CSP_SOURCE);
        const head = page.slice(page.indexOf('<head>'), page.indexOf('<title>'));
        expect(head).toContain(`default-src 'none'; style-src 'unsafe-inline' ${CSP_SOURCE};`);
        expect(head).not.toMatch(/script-src/);
        // `<header>` is not mistaken for `<head>`.
        expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<header>'));
        expect(page.match(/Content-Security-Policy/g)).toHaveLength(1);
    });

    test('wraps a fragment in a page', () => {
        const page = withPreviewChrome('<table></table>', CSP_SOURCE);
        expect(page).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"/);
        expect(page).toContain('<body><table></table></body>');
    });

    test('shows a banner first in the body, escaped', () => {
        const page = withPreviewChrome('<html><head></head><body class="plan"><main>calendar</main></body></html>', CSP_SOURCE,
            'plan.lift has 2 errors: <fix> them');
        expect(page).toContain('<body class="plan"><div class="lift-preview-banner" role="alert">plan.lift has 2 errors: &lt;fix&gt; them</div><main>');
    });

    test('shows no banner when the plan builds', () => {
        expect(withPreviewChrome('<html><head></head><body></body></html>', CSP_SOURCE)).not.toContain('lift-preview-banner"');
    });
});
