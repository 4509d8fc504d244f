// Hover text is Markdown from the server, and it quotes the plan: names, notes, titles.
// A plan can arrive in a share link from anyone, so the HTML that Markdown renders to is
// cut down to plain formatting before it reaches the page: known tags only, no
// attributes but a link's address (web or relative only) and highlighting classes.

const ALLOWED_TAGS = new Set([
    'a', 'b', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'li',
    'ol', 'p', 'pre', 'span', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'
]);

/** Elements whose content is dropped with them (the rest keep their text when unwrapped). */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'textarea', 'title']);

export function sanitizeHtml(html: string): string {
    // A <template> parses without running anything or loading images.
    const template = document.createElement('template');
    template.innerHTML = html;
    const clean = document.createElement('div');
    clean.append(...[...template.content.childNodes].flatMap(cleanNode));
    return clean.innerHTML;
}

function cleanNode(node: Node): Node[] {
    if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.textContent ?? '')];
    if (node.nodeType !== Node.ELEMENT_NODE) return [];
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(tag)) return [];
    const children = [...element.childNodes].flatMap(cleanNode);
    if (!ALLOWED_TAGS.has(tag)) return children;
    const copy = document.createElement(tag);
    const href = element.getAttribute('href');
    // Code highlighting marks its tokens with generated class names; a class runs nothing.
    const className = element.getAttribute('class');
    if ((tag === 'span' || tag === 'code') && className) copy.setAttribute('class', className);
    if (tag === 'a' && href !== null && isSafeAddress(href)) {
        copy.setAttribute('href', href);
        copy.setAttribute('target', '_blank');
        copy.setAttribute('rel', 'noopener noreferrer');
    }
    copy.append(...children);
    return [copy];
}

function isSafeAddress(href: string): boolean {
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
    return scheme === undefined || scheme === 'http' || scheme === 'https';
}
