// Where a day of the demo's own 2021–22 history lands when the demo is loaded today (issue 15: the
// demo lives in the present). The same rule as src/domain/demo/demo-present.ts: whole weeks, so
// that 18 Nov 2022 (a month after the later review was finalised) falls in today's week.
const DAY = 86_400_000;
const utc = (iso) => Date.parse(`${iso}T00:00:00Z`);
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export function demoDay(historicDay, today = localToday()) {
  const offset = Math.floor(Math.round((utc(today) - utc('2022-11-18')) / DAY) / 7) * 7;
  return new Date(utc(historicDay) + offset * DAY).toISOString().slice(0, 10);
}

/** As the Finnish UI writes it: 11.10.2022 */
export const demoDayFi = (historicDay) => demoDay(historicDay).split('-').map(Number).reverse().join('.');

/** As the English UI writes it: 11 Oct 2022 */
export function demoDayEn(historicDay) {
  const [y, m, d] = demoDay(historicDay).split('-').map(Number);
  return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
}

/** A pattern matching the text exactly. */
export const exactly = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Six months after the later demo review's last visit day (12 Oct 2022 on the demo's calendar). */
function demoDue() {
  const [y, m, d] = demoDay('2022-10-12').split('-').map(Number);
  const month = m + 6 > 12 ? m - 6 : m + 6;
  const year = m + 6 > 12 ? y + 1 : y;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [year, month, Math.min(d, last)];
}
export const demoDueFi = () => {
  const [y, m, d] = demoDue();
  return `${d}.${m}.${y}`;
};
export const demoDueEn = () => {
  const [y, m, d] = demoDue();
  return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
};
