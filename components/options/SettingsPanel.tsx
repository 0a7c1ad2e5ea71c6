import { t } from '@/utils/i18n';
import { LANGUAGES, type Settings } from '@/utils/model';

type Language = Settings['language'];

const LANGUAGE_LABEL = {
  auto: 'options.settings.language.auto',
  zh_CN: 'options.settings.language.zh_CN',
  en: 'options.settings.language.en',
} as const;

/** Language, automatic detection and reminders: each change is saved at once. */
export function SettingsPanel({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (change: Partial<Omit<Settings, 'at'>>) => void;
}) {
  return (
    <div class="settings">
      <fieldset>
        <legend>{t('options.settings.language')}</legend>
        {LANGUAGES.map((language: Language) => (
          <label key={language} class="choice">
            <input
              type="radio"
              name="language"
              value={language}
              checked={settings.language === language}
              onChange={() => onChange({ language })}
            />
            {/* Each language is named in itself, so it can be found whatever is shown now. */}
            <span lang={language === 'en' ? 'en' : language === 'zh_CN' ? 'zh-CN' : undefined}>
              {t(LANGUAGE_LABEL[language])}
            </span>
          </label>
        ))}
      </fieldset>
      <div class="toggle">
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.detection}
            aria-describedby="detection-hint"
            onChange={(event) => onChange({ detection: event.currentTarget.checked })}
          />
          <span>{t('options.settings.detection')}</span>
        </label>
        <p id="detection-hint" class="hint">
          {t('options.settings.detection.hint')}
        </p>
      </div>
      <div class="toggle">
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.reminders}
            aria-describedby="reminders-hint"
            onChange={(event) => onChange({ reminders: event.currentTarget.checked })}
          />
          <span>{t('options.settings.reminders')}</span>
        </label>
        <p id="reminders-hint" class="hint">
          {t('options.settings.reminders.hint')}
        </p>
      </div>
    </div>
  );
}
