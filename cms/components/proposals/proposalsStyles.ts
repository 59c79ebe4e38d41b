/** The review view's few styles beside the inbox's (incomingStyles.ts). */
export const PROPOSALS_CSS = `
.prp-card { border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: var(--base); margin-bottom: var(--base); max-width: 60rem; }
.prp-card h2 { margin: 4px 0 8px; }
.prp-meta { color: var(--theme-elevation-800); font-size: 13px; margin: 0 0 4px; }
.prp-lead { font-weight: 600; }
.prp-cover { max-width: 100%; height: auto; display: block; margin: 8px 0; }
.prp-body img { max-width: 100%; height: auto; }
.prp-body figure { margin: 8px 0; }
.prp-actions { display: flex; flex-wrap: wrap; gap: var(--base); margin-top: var(--base); border-top: 1px solid var(--theme-elevation-150); padding-top: var(--base); }
.prp-actions form { display: flex; flex-direction: column; gap: 6px; min-width: 18rem; }
.prp-actions fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 4px; }
.prp-actions textarea { width: 100%; }
.prp-actions button { align-self: flex-start; padding: 4px 12px; min-height: 2em; cursor: pointer; }
`
