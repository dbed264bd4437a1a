import { type ReactNode, useId } from 'react';

interface PanelProps {
  readonly title: string;
  /** Anchor for in-page links (the skip link targets the Training area). */
  readonly id?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A landmark region named by its visible heading. */
export function Panel({ title, id, className, children }: PanelProps) {
  const headingId = useId();
  return (
    // tabIndex -1: a skip link to the panel moves focus into it, so the next Tab reaches its first control.
    <section
      id={id}
      tabIndex={id ? -1 : undefined}
      aria-labelledby={headingId}
      className={`panel ${className ?? ''}`}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
