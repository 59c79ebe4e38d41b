import type { ReactNode } from 'react'

/**
 * One panel above the admin's dashboard (new inquiries, subscribers, the org's own monitoring
 * row): a landmark named for screen readers, spaced like Payload's own blocks.
 */
export function DashboardPanel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section aria-label={label} style={{ marginBottom: 'var(--base)' }}>
      {children}
    </section>
  )
}
