// Every piece of plan text (names, notes, messages) goes through here before it reaches the
// page: a plan named `<script>` must print as those characters, not run.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => ENTITIES[character]);
}
