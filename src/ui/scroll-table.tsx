import type { ReactNode } from 'react';

/**
 * A wide table that may scroll sideways on a narrow screen. The wrapper is focusable and named,
 * so keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
