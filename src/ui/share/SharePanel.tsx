import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { encodeWorkspace } from '../../core/link';
import { selectLinkNote } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';
import { QrCode } from './QrCode';
import { TeachingChoices } from './TeachingChoices';
import './share.css';

/**
 * The link as the address bar holds it: the page's own address with the workspace in the
 * fragment, as urlSync writes it. Built by the URL parser, so it is plain ASCII.
 */
function useShareLink(): string {
  const variants = usePlayground((state) => state.variants);
  const seedCount = usePlayground((state) => state.seedCount);
  const chartOptions = usePlayground((state) => state.chartOptions);
  const targetAccuracy = usePlayground((state) => state.targetAccuracy);
  const teaching = usePlayground((state) => state.teaching);
  return useMemo(() => {
    const fragment = encodeWorkspace({ variants, seedCount, chartOptions, targetAccuracy, teaching });
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = fragment;
    return url.href;
  }, [variants, seedCount, chartOptions, targetAccuracy, teaching]);
}

/** The open panel's content: the teacher's choices, the link and its QR code. */
function ShareBody({
  id,
  onKeyDown,
  onClose,
}: {
  readonly id: string;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  /** Closes the panel; on a phone the card covers the Share button, and touch has no Escape. */
  readonly onClose: () => void;
}) {
  const titleId = useId();
  const linkId = useId();
  const link = useShareLink();
  const linkNote = usePlayground(selectLinkNote);
  return (
    <section id={id} className="share-body" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="share-title-row">
        <h2 id={titleId} className="share-title">
          Share with students
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <TeachingChoices />
      <div className="share-link">
        <label htmlFor={linkId}>Link for students</label>
        <textarea
          id={linkId}
          readOnly
          rows={3}
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        {linkNote && <p className="hint">{linkNote}</p>}
      </div>
      <QrCode link={link} />
    </section>
  );
}

/**
 * Share, beside Copy link: a disclosure where a teacher decides what the link hides or locks,
 * whether it trains on open and presents in large type, and shows the link with a QR code. The
 * choices go to the store, so the address bar follows. It is never hidden itself, so every
 * choice can be undone here. Escape or Close closes it and returns focus to its button.
 */
export function SharePanel() {
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const close = (): void => {
    setIsOpen(false);
    buttonRef.current?.focus();
  };
  const closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && isOpen) close();
  };
  return (
    <div className="share-panel">
      <button
        ref={buttonRef}
        type="button"
        className="share-toggle"
        aria-expanded={isOpen}
        // Only while open: the body it names exists only then.
        aria-controls={isOpen ? bodyId : undefined}
        onClick={() => setIsOpen((wasOpen) => !wasOpen)}
        onKeyDown={closeOnEscape}
      >
        {/* The drawn arrow stays out of the button's name, "Share"; aria-expanded says the rest. */}
        Share <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      {/* Rendered only while open: the link is re-encoded on every change the panel shows. */}
      {isOpen && <ShareBody id={bodyId} onKeyDown={closeOnEscape} onClose={close} />}
    </div>
  );
}
