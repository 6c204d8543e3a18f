import type { ReactNode } from 'react';

export interface PrintableDetailsProps {
  /** The disclosure's label on screen; on paper, the heading of the content. */
  readonly summary: ReactNode;
  /** The content; a function gets `forPrint` so the printed copy can leave out ids the screen copy carries. */
  readonly children: ReactNode | ((forPrint: boolean) => ReactNode);
  readonly className?: string | undefined;
}

/**
 * Collapsed on screen, printed open. On paper nobody can click "show more", so the content prints under its
 * summary. The printed copy is a plain block, not the `<details>` opened: Chromium lays out the content of a
 * `<details>` wrongly across a page break in print (it overlaps what comes before it), opened or not.
 */
export function PrintableDetails({ summary, children, className }: PrintableDetailsProps) {
  const content = (forPrint: boolean) => (typeof children === 'function' ? children(forPrint) : children);
  return (
    <>
      <details className={`printable-details${className ? ` ${className}` : ''}`}>
        <summary>{summary}</summary>
        {content(false)}
      </details>
      <div className={`print-only printable-details-print${className ? ` ${className}` : ''}`}>
        <p className="printable-details-summary">{summary}</p>
        {content(true)}
      </div>
    </>
  );
}
