/** The inbox's few styles: marks in dark text on light fills (contrast above 4.5:1). */
export const INCOMING_CSS = `
.inb h1 { margin-bottom: calc(var(--base) / 2); }
.inb table { border-collapse: collapse; font-size: 13px; margin-bottom: var(--base); }
.inb th, .inb td { border: 1px solid var(--theme-elevation-150); padding: 4px 6px; vertical-align: top; text-align: left; }
.inb thead th { background: var(--theme-elevation-50); }
.inb-bar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-end; margin-bottom: var(--base); }
.inb-bar label { display: flex; flex-direction: column; font-size: 13px; gap: 2px; }
.inb-bar select, .inb-bar input { padding: 4px; min-height: 2em; }
.inb button { padding: 4px 8px; min-height: 2em; cursor: pointer; }
.inb-row-actions { display: flex; flex-wrap: wrap; gap: 4px; }
.inb-mark { display: inline-block; padding: 0 4px; margin: 0 4px 2px 0; border-radius: 3px; }
.inb-mandatory { background: #ffeb9c; color: #6b3c00; }
.inb-pinned { background: #c6efce; color: #006100; }
.inb-hidden { background: #e0e0e0; color: #262626; }
.inb-waiting { background: #ffc7ce; color: #9c0006; }
.inb-error { color: var(--theme-error-700); }
.inb-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`
