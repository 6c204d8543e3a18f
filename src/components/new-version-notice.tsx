import { useI18n } from './i18n';

/**
 * In place of a part that could not load because a newer deployment replaced this tab's build: a reload brings
 * the new version, and the answers survive it (they are in the address and the saved draft).
 */
export function NewVersionNotice() {
  const { t } = useI18n();
  return (
    <div aria-labelledby="new-version-title" className="card notice notice--warning" role="alert">
      <h2 className="card-title" id="new-version-title">
        {t.newVersion.title}
      </h2>
      <p>{t.newVersion.text}</p>
      <div className="notice-actions">
        <button className="button button--primary" onClick={() => window.location.reload()} type="button">
          {t.newVersion.reload}
        </button>
      </div>
    </div>
  );
}
