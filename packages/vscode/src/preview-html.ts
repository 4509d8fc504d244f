// The calendar page as the preview webview shows it: the html emitter's page, locked down
// (no scripts, nothing loaded from outside) and with an optional banner on top. Free of
// the `vscode` module so that it is tested without VS Code.

/**
 * The emitter's page, locked down for a webview (no scripts, no remote loads) and with an
 * optional banner at the top.
 */
export function withPreviewChrome(html: string, cspSource: string, banner?: string): string {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${cspSource}; img-src ${cspSource} data:; font-src ${cspSource};">`;
    const style = '<style>.lift-preview-banner{position:sticky;top:0;z-index:10;margin:0 0 12px;padding:8px 12px;'
        + 'background:#fdecea;color:#611a15;border:1px solid #f5c2c0;border-radius:4px;font:13px/1.4 system-ui,sans-serif}</style>';
    const bannerHtml = banner ? `<div class="lift-preview-banner" role="alert">${escapeHtml(banner)}</div>` : '';
    let page = /<head(\s[^>]*)?>/i.test(html) ? html.replace(/<head(\s[^>]*)?>/i, head => `${head}${csp}${style}`) : `<!DOCTYPE html><html><head>${csp}${style}</head><body>${html}</body></html>`;
    if (bannerHtml) page = /<body(\s[^>]*)?>/i.test(page) ? page.replace(/<body(\s[^>]*)?>/i, body => `${body}${bannerHtml}`) : bannerHtml + page;
    return page;
}

function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
