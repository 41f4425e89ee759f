import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import {
  CHANGE_ORDERS,
  isChangeOrder,
  type ChangeDirection,
  type ChangeOrder,
  type ItemChange,
} from '../../domain/comparison/item-changes';
import type { ItemId } from '../../domain/fidelity/items';
import { useLocale } from '../../i18n/use-locale';
import { formatChange } from '../../i18n/format';
import { ScrollTable } from '../../ui/scroll-table';

const SYMBOL: Record<ChangeDirection, string> = { improved: '▲', declined: '▼', unchanged: '=', 'not-comparable': '–' };
const ARIA_SORT: Record<ChangeOrder, 'none' | 'descending' | 'ascending'> = {
  scale: 'none',
  'largest-gain': 'descending',
  'largest-drop': 'ascending',
};

/** Improved / unchanged / declined as a symbol and a word, never by colour alone. */
export function ChangeMark({ direction }: { direction: ChangeDirection }) {
  const { t } = useTranslation(['compare', 'common']);
  return (
    <span className={`change-mark change-${direction}`} data-direction={direction}>
      <span aria-hidden="true">{SYMBOL[direction]}</span> {t(`compare:direction.${direction}`)}
    </span>
  );
}

export function SortSelect({ order, onChange }: { order: ChangeOrder; onChange: (order: ChangeOrder) => void }) {
  const { t } = useTranslation(['compare', 'common']);
  const id = useId();
  return (
    <div className="field priority-field">
      <label htmlFor={id}>{t('compare:items.sort')}</label>
      <select id={id} value={order} onChange={(e) => isChangeOrder(e.target.value) && onChange(e.target.value)}>
        {CHANGE_ORDERS.map((o) => (
          <option key={o} value={o}>
            {t(`compare:items.order.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface Props {
  changes: readonly ItemChange[];
  order: ChangeOrder;
  titles: ReadonlyMap<ItemId, string>;
}

/** Every item with both scores and the change; also the table alternative of the item chart. */
export function ItemChangesTable({ changes, order, titles }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  const locale = useLocale();
  const score = (value: number | null) => (value === null ? <span className="muted">{t('compare:items.notRated')}</span> : value);
  return (
    <ScrollTable label={t('compare:items.caption')}>
      <table data-testid="item-changes">
        <caption className="visually-hidden">{t('compare:items.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare:items.item')}</th>
            <th scope="col">{t('compare:sections.baseline')}</th>
            <th scope="col">{t('compare:sections.compared')}</th>
            <th scope="col" aria-sort={ARIA_SORT[order]}>
              {t('compare:sections.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.itemId} data-item={c.itemId}>
              <th scope="row">
                <span className="muted small">
                  {t('compare:items.number', { section: t(`common:sections.${c.section}`), number: c.number })}
                </span>
                <br />
                {titles.get(c.itemId) ?? c.itemId}
              </th>
              <td>{score(c.before)}</td>
              <td>{score(c.after)}</td>
              <td>
                {c.delta !== null && <strong className="change-value">{formatChange(c.delta, locale)}</strong>}{' '}
                <ChangeMark direction={c.direction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
