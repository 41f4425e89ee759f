import { useTranslation } from '../../i18n/use-translation';

/**
 * The words of the scale and of Finnish services, in today's structure: since 1 January 2025 the
 * municipalities' employment areas run the employment services (TE24), the TE offices and the
 * municipal employment trials are gone, and Kela's vocational rehabilitation is the closest
 * Finnish counterpart of the US state vocational rehabilitation agency the scale refers to.
 */
export const GLOSSARY_TERMS = [
  'ips',
  'fidelityScale',
  'employmentSpecialist',
  'competitiveJob',
  'employmentArea',
  'teOffices',
  'municipalTrials',
  'kelaRehabilitation',
  'workIncentives',
  'wageSubsidy',
  'workTrial',
  'rehabilitativeWork',
] as const;

export function ScaleGlossary() {
  const { t } = useTranslation(['settings']);
  return (
    <section className="panel stack" aria-labelledby="scale-info-glossary">
      <h2 id="scale-info-glossary">{t('settings:scaleInfo.glossaryTitle')}</h2>
      <dl className="stack" data-testid="scale-glossary">
        {GLOSSARY_TERMS.map((term) => (
          <div key={term}>
            <dt>
              <strong>{t(`settings:scaleInfo.glossary.${term}.term`)}</strong>
            </dt>
            <dd>{t(`settings:scaleInfo.glossary.${term}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
