/**
 * The few lines of vanilla JavaScript of out/index.html, inlined into it: sortable headers
 * (aria-sort follows the order shown) and the filter by kind and by name. Without them the page
 * is the same complete table, sorted by kind then name, with the (useless) controls hidden.
 *
 * It reads only what the HTML carries: data-sort on sortable headers; data-order (the page's
 * order), data-kind, data-name (the name as a search key), data-criminality and
 * data-resilience (hundredths, empty when unknown) on each row.
 */
export const INDEX_PAGE_SCRIPT = String.raw`(() => {
  'use strict';
  // the key of src/index/countries.ts nameKey: no accents, no case, no punctuation
  const key = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const KIND = { world: 0, continent: 1, region: 2, country: 3 };
  // a first click sorts names A to Z, the world first, the highest scores first (as ranks do)
  const FIRST = { name: 'ascending', kind: 'ascending', criminality: 'descending', resilience: 'descending' };
  const tables = [...document.querySelectorAll('table[data-sortable]')];

  const valueOf = (row, column) => {
    if (column === 'name') return row.dataset.name;
    if (column === 'kind') return KIND[row.dataset.kind];
    const value = row.dataset[column];
    return value === '' ? null : Number(value);
  };

  const sortBy = (table, header) => {
    const column = header.dataset.sort;
    const current = header.getAttribute('aria-sort');
    const direction = current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : FIRST[column];
    const sign = direction === 'ascending' ? 1 : -1;
    const body = table.tBodies[0];
    const rows = [...body.rows];
    rows.sort((a, b) => {
      const x = valueOf(a, column);
      const y = valueOf(b, column);
      if (x !== y) {
        if (x === null) return 1; // unknown figures last, either way
        if (y === null) return -1;
        return (x < y ? -1 : 1) * sign;
      }
      return Number(a.dataset.order) - Number(b.dataset.order);
    });
    body.append(...rows);
    for (const other of table.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', direction);
  };

  for (const table of tables) {
    for (const header of table.querySelectorAll('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...header.childNodes);
      const mark = document.createElement('span');
      mark.className = 'mark';
      mark.setAttribute('aria-hidden', 'true');
      button.append(' ', mark); // a narrow window may put the mark under the word
      header.append(button);
      button.addEventListener('click', () => sortBy(table, header));
    }
  }

  const controls = document.getElementById('controls');
  if (!controls) return;
  const text = document.getElementById('filter-text');
  const kind = document.getElementById('filter-kind');
  const status = document.getElementById('filter-status');
  const filter = () => {
    const query = key(text.value);
    let shown = 0;
    let total = 0;
    for (const table of tables) {
      for (const row of table.tBodies[0].rows) {
        const visible = (kind.value === '' || row.dataset.kind === kind.value) && row.dataset.name.includes(query);
        row.hidden = !visible;
        total++;
        if (visible) shown++;
      }
    }
    status.textContent = status.dataset.template.replace('{shown}', String(shown)).replace('{total}', String(total));
  };
  text.addEventListener('input', filter);
  kind.addEventListener('change', filter);
  controls.addEventListener('submit', (event) => event.preventDefault());
  filter(); // while still hidden, so screen readers do not announce the page's first count
  controls.hidden = false;
})();
`;
