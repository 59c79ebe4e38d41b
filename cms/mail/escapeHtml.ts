const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Every string that goes into the MJML source, as text or as an attribute value: a `<script>`, an
 * `<mj-include>` or a quote in a user's title becomes characters, never markup.
 */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!)
