import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import type { TeachingOptions } from '../../core/compare/workspace';
import { LANGUAGES, type Language, languageOfWord } from '../../core/i18n/languages';
import { t } from '../../core/i18n/translate';
import { selectLinkNote } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';
import { QrCode } from './QrCode';
import { studentsLink } from './studentsLink';
import { TeachingChoices } from './TeachingChoices';
import './share.css';

/** The students' link for the page's workspace with the panel's teaching options and language. */
function useShareLink(teaching: TeachingOptions, language: Language): string {
  const variants = usePlayground((state) => state.variants);
  const seedCount = usePlayground((state) => state.seedCount);
  const chartOptions = usePlayground((state) => state.chartOptions);
  const targetAccuracy = usePlayground((state) => state.targetAccuracy);
  return useMemo(
    () =>
      studentsLink(
        { variants, seedCount, chartOptions, targetAccuracy, teaching, language },
        window.location.href,
      ),
    [variants, seedCount, chartOptions, targetAccuracy, teaching, language],
  );
}

/** The language the link opens in: the page's own until the teacher picks another; each named in itself. */
function StudentsLanguage({
  language,
  onChange,
}: {
  readonly language: Language;
  readonly onChange: (language: Language) => void;
}) {
  const selectId = useId();
  const hintId = useId();
  return (
    <div className="share-language">
      <label htmlFor={selectId}>{t('share.language')}</label>
      <select
        id={selectId}
        value={language}
        aria-describedby={hintId}
        onChange={(event) => {
          const chosen = languageOfWord(event.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {LANGUAGES.map((entry) => (
          <option key={entry.id} value={entry.id} lang={entry.htmlLang}>
            {entry.name}
          </option>
        ))}
      </select>
      <p id={hintId} className="hint">
        {t('share.languageHint')}
      </p>
    </div>
  );
}

/** Copies the students' link and says whether it worked, beside the link itself. */
function CopyShareLink({ link }: { readonly link: string }) {
  const [result, setResult] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link);
      setResult(t('share.copied'));
    } catch {
      setResult(t('share.copyFailed'));
    }
  };
  return (
    <span className="share-copy">
      <button type="button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <span className="hint" aria-live="polite" data-testid="share-copy-result">
        {result}
      </span>
    </span>
  );
}

/** The open panel's content: the teacher's choices for the link, the link, a preview and its QR code. */
function ShareBody({
  id,
  teaching,
  onTeachingChange,
  language,
  onLanguageChange,
  onKeyDown,
  onClose,
}: {
  readonly id: string;
  /** The link's teaching options: a draft of the panel's own, which the page in use never takes. */
  readonly teaching: TeachingOptions;
  readonly onTeachingChange: (teaching: TeachingOptions) => void;
  /** The students' language: the page's own unless the teacher picked another. */
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  /** Closes the panel; on a phone the card covers the Share button, and touch has no Escape. */
  readonly onClose: () => void;
}) {
  const titleId = useId();
  const linkId = useId();
  const link = useShareLink(teaching, language);
  const linkNote = usePlayground(selectLinkNote);
  return (
    <section id={id} className="share-body" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="share-title-row">
        <h2 id={titleId} className="share-title">
          {t('share.title')}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
      <TeachingChoices teaching={teaching} onChange={onTeachingChange} />
      <StudentsLanguage language={language} onChange={onLanguageChange} />
      <div className="share-link">
        <div className="share-link-row">
          <label htmlFor={linkId}>{t('share.link')}</label>
          <CopyShareLink link={link} />
          <button
            type="button"
            className="secondary"
            // The link is the page's own address with a fragment our encoder wrote: nothing of it is text typed by anyone.
            onClick={() => window.open(link, '_blank', 'noopener')}
          >
            {t('share.preview')}
          </button>
        </div>
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
 * whether it trains on open and presents in large type, and shows the link with a QR code, a Copy
 * button and a preview in a new tab. The choices shape only the link: the teacher's own page and
 * its address stay as they are. Escape or Close closes it and returns focus to its button.
 */
export function SharePanel() {
  const [isOpen, setIsOpen] = useState(false);
  // Starts from the page's own options (a page opened from a teaching link shares the same), then the panel's own.
  const pageTeaching = usePlayground((state) => state.teaching);
  const [draftTeaching, setDraftTeaching] = useState<TeachingOptions | null>(null);
  const pageLanguage = usePlayground((state) => state.language);
  const [studentLanguage, setStudentLanguage] = useState<Language | null>(null);
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
        {t('share.toggle')} <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      {/* Rendered only while open: the link is re-encoded on every change the panel shows. */}
      {isOpen && (
        <ShareBody
          id={bodyId}
          teaching={draftTeaching ?? pageTeaching}
          onTeachingChange={setDraftTeaching}
          language={studentLanguage ?? pageLanguage}
          onLanguageChange={setStudentLanguage}
          onKeyDown={closeOnEscape}
          onClose={close}
        />
      )}
    </div>
  );
}
