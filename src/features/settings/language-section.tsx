import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Locale } from '../../domain/fidelity/scale-definition';
import { LANGUAGE_CHOICES } from '../../i18n/locale';
import { changeLocale } from '../../i18n/setup';
import { useLocale } from '../../i18n/use-locale';
import { flushAllDrafts } from '../../ui/draft-registry';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSection() {
  const { t } = useTranslation(['settings']);
  const locale = useLocale();
  const name = useId();
  const [isSwitching, setIsSwitching] = useState(false);

  const choose = async (next: Locale) => {
    if (next === locale) return;
    setIsSwitching(true);
    try {
      // Texts being typed are saved before the whole UI re-renders in the other language.
      await flushAllDrafts();
      await changeLocale(next);
    } finally {
      setIsSwitching(false);
    }
  };

  return (
    <section className="panel stack" aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>{t('settings:language.title')}</h2>
      <fieldset className="field" disabled={isSwitching}>
        <legend>{t('settings:language.legend')}</legend>
        {LANGUAGE_CHOICES.map((option) => (
          <label key={option} className="radio" lang={option}>
            <input type="radio" name={name} value={option} checked={locale === option} onChange={() => void choose(option)} />
            <span>{t(`settings:language.names.${option}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
