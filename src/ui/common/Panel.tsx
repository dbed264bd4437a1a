import { type ReactNode, useId } from 'react';

interface PanelProps {
  readonly title: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A landmark region named by its visible heading. */
export function Panel({ title, className, children }: PanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`panel ${className ?? ''}`}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
