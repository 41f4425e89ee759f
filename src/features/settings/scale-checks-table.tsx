import { useTranslation } from '../../i18n/use-translation';
import type { ScaleDefinition } from '../../domain/fidelity/scale-definition';
import type { SourceId } from '../../domain/fidelity/verification';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  scale: ScaleDefinition;
  /** The sources in the order the page numbers them. */
  sourceIds: readonly SourceId[];
}

/** Per item: how closely its wording was checked, when, and against which numbered sources. */
export function ScaleChecksTable({ scale, sourceIds }: Props) {
  const { t } = useTranslation(['settings', 'common']);
  const locale = useLocale();
  return (
    <section className="panel stack" aria-labelledby="scale-info-checks">
      <h2 id="scale-info-checks">{t('settings:scaleInfo.checksTitle')}</h2>
      <p>{t('settings:scaleInfo.checksIntro')}</p>
      <div className="table-scroll">
        <table data-testid="scale-checks">
          <thead>
            <tr>
              <th scope="col">{t('settings:scaleInfo.columns.item')}</th>
              <th scope="col">{t('settings:scaleInfo.columns.check')}</th>
              <th scope="col">{t('settings:scaleInfo.columns.checkedOn')}</th>
              <th scope="col">{t('settings:scaleInfo.columns.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {scale.items.map((item) => {
              const check = item.verification;
              return (
                <tr key={item.id} data-testid={`scale-check-${item.id}`}>
                  <th scope="row">
                    {t(`common:sections.${item.section}`)} {item.number}. {item.texts[locale].title}
                  </th>
                  <td>{check ? t(`settings:scaleInfo.levels.${check.anchors}`) : t('settings:scaleInfo.levels.none')}</td>
                  <td>{check ? formatDate(check.checkedOn, locale) : '–'}</td>
                  <td>{check?.sources.map((id) => `[${sourceIds.indexOf(id) + 1}]`).join(' ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
