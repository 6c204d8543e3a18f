import type { Locale } from '../../engine';
import { useI18n } from './i18n-context';

/** Each language named in itself, so a reader finds their own whatever the page shows. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** Two toggle buttons, "English" and "简体中文", in a named group: one tab stop each, the active one pressed. */
export function LanguageSwitcher({ className }: { className?: string }) {
  const { locale, t, setLocale } = useI18n();
  return (
    <fieldset className={['language-switcher', className ?? ''].join(' ')}>
      <legend className="visually-hidden">{t.app.languageSwitcher}</legend>
      <svg aria-hidden="true" className="language-switcher-icon" focusable="false" viewBox="0 0 16 16">
        <circle cx="8" cy="8" r="6.5" />
        <path d="M1.5 8h13M8 1.5c-2.2 2.4-2.2 10.6 0 13M8 1.5c2.2 2.4 2.2 10.6 0 13" />
      </svg>
      {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((option) => (
        <button
          aria-pressed={option === locale}
          className="language-switcher-option"
          key={option}
          lang={option}
          onClick={() => {
            if (option !== locale) setLocale(option);
          }}
          type="button"
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </fieldset>
  );
}
