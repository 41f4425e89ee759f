import type { Recommendation } from '../../domain/records/review';
import { groupByPriority } from '../../domain/report/report-content';
import { FIDELITY_ITEMS, itemCode } from '../../domain/fidelity/items';
import { itemTitle, type ReportText } from './report-text';

/** The recommendations grouped by priority (high first), each with the item it belongs to. */
export function ReportRecommendations({ text, recommendations }: { text: ReportText; recommendations: readonly Recommendation[] }) {
  const { t } = text;
  const groups = groupByPriority(recommendations);
  return (
    <section className="report-section" aria-labelledby="report-recommendations">
      <h2 id="report-recommendations">{t('report:document.recommendations.title')}</h2>
      {groups.length === 0 && <p>{t('report:document.recommendations.none')}</p>}
      {groups.map((group) => (
        <section key={group.priority} className="report-priority" data-testid="report-priority-group" data-priority={group.priority}>
          <h3>{t('report:document.recommendations.group', { priority: t(`common:priorities.${group.priority}`) })}</h3>
          <ul className="report-recommendation-list">
            {group.recommendations.map((r) => {
              const item = FIDELITY_ITEMS.find((i) => i.id === r.itemId);
              return (
                <li key={r.id} data-testid="report-recommendation">
                  <strong>
                    {item ? itemCode(item.section, item.number) : r.itemId} {itemTitle(text, r.itemId)}:
                  </strong>{' '}
                  <span className="pre-wrap">{r.text.trim()}</span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
