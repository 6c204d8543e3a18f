import { LanguageSwitcher, useI18n } from '../components/i18n';

export interface AppHeaderProps {
  /** Absent while comparing: the compare view is open already. */
  readonly onCompare: (() => void) | null;
  readonly onStartOver: () => void;
}

/** The brand, the language switch, "Compare versions" and "Start over". */
export function AppHeader({ onCompare, onStartOver }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="container app-header-inner">
        <div className="brand">
          <svg aria-hidden="true" className="brand-mark" focusable="false" viewBox="0 0 32 32">
            <rect height="32" rx="8" width="32" />
            <path d="M16 16 8 9M16 16l8-7M16 16l-8 7M16 16l8 7" />
            <circle cx="16" cy="16" r="3.5" />
          </svg>
          <div>
            <h1 className="brand-name">{t.app.brandName}</h1>
            <p className="brand-tagline">{t.app.tagline}</p>
          </div>
        </div>
        <div className="app-header-actions no-print">
          <LanguageSwitcher />
          {onCompare ? (
            <button className="button button--ghost button--small" onClick={onCompare} type="button">
              {t.app.compareVersions}
            </button>
          ) : null}
          <button className="button button--ghost button--small" onClick={onStartOver} type="button">
            {t.app.startOver}
          </button>
        </div>
      </div>
    </header>
  );
}
