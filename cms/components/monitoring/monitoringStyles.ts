/**
 * The dashboard's few styles. Each light has a dark text on a light fill (contrast above 4.5:1
 * in both admin themes, as the fill is fixed) and a sign of its own shape, so the colour is
 * never the only cue. The reason shows as a tooltip on hover and on keyboard focus.
 */
export const MONITORING_CSS = `
.mon h1 { margin-bottom: calc(var(--base) / 2); }
.mon-scroll { overflow-x: auto; margin-bottom: var(--base); }
.mon-scroll:focus-visible { outline: 2px solid var(--theme-success-500); }
.mon table { border-collapse: collapse; font-size: 13px; }
.mon th, .mon td { border: 1px solid var(--theme-elevation-150); padding: 4px 6px; vertical-align: top; text-align: left; }
.mon thead th { background: var(--theme-elevation-50); position: sticky; top: 0; }
.mon th a { color: inherit; }
.mon caption { text-align: left; padding: 4px 0; }
.mon tbody th { min-width: 16em; }
.mon-light { position: relative; white-space: nowrap; }
.mon-green { background: #c6efce; color: #006100; }
.mon-amber { background: #ffeb9c; color: #6b3c00; }
.mon-red { background: #ffc7ce; color: #9c0006; }
.mon-none { color: var(--theme-elevation-800); }
.mon-chip { cursor: help; display: inline-block; min-width: 1.5em; }
.mon-tip { display: none; position: absolute; z-index: 10; left: 0; top: 100%; width: 18em; white-space: normal;
  background: var(--theme-elevation-900); color: var(--theme-elevation-0); padding: 4px 6px; border-radius: 3px; }
.mon-chip:hover + .mon-tip, .mon-chip:focus + .mon-tip { display: block; }
.mon-filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-end; margin-bottom: var(--base); }
.mon-filters label { display: flex; flex-direction: column; font-size: 13px; gap: 2px; }
.mon-filters select, .mon-filters input { padding: 4px; min-height: 2em; }
.mon-actions { display: flex; gap: 16px; flex-wrap: wrap; margin-bottom: var(--base); }
.mon-pager { display: flex; gap: 16px; align-items: center; }
.mon-error { color: var(--theme-error-700); }
.mon-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.mon-fixes { margin: 0; padding-left: 1.2em; min-width: 22em; }
`
