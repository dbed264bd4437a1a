import { LANGUAGES, type Language, languageOfWord } from '../../core/i18n/languages';
import { t } from '../../core/i18n/translate';
import { usePlayground } from '../../store/usePlayground';
import { rememberLanguage } from './languagePreference';
import { useTeaching } from './useTeaching';

/**
 * The header's language switch: each language named in itself, so that a person who cannot read
 * the page's language still finds their own. The choice is remembered; a teacher's link may lock
 * or hide it, so that a class keeps the link's language.
 */
export function LanguageSwitch() {
  const language = usePlayground((state) => state.language);
  const setLanguage = usePlayground((state) => state.setLanguage);
  const { isHidden, isLocked } = useTeaching('language');
  if (isHidden) return null;
  const choose = (next: Language | null): void => {
    if (next === null) return;
    rememberLanguage(next);
    void setLanguage(next);
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('shell.language')}</span>
      <select
        value={language}
        disabled={isLocked}
        onChange={(event) => choose(languageOfWord(event.target.value))}
        data-testid="language-switch"
      >
        {LANGUAGES.map((entry) => (
          <option key={entry.id} value={entry.id} lang={entry.htmlLang}>
            {entry.name}
          </option>
        ))}
      </select>
    </label>
  );
}
