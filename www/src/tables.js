// Draws 表二/表三/表四 like the official form, from the forms the checker exports. Every
// value cell carries data-cell="table/row/column" so problems can point at it.

function cellKey(table, row, column) {
  return `${table}/${row}/${column}`;
}

function valueCell(cell, key, marks, t, span) {
  const mark = marks.get(key);
  const classes = ['v', cell ? `state-${cell.state}` : 'absent'];
  if (mark) classes.push(`hl-${mark.severity}`, mark.primary ? 'primary' : '');
  const title = cell
    ? cell.state === 'inferred' ? t.legendInferred : cell.state === 'blank' ? t.legendBlank : cell.state === 'placeholder' ? t.legendPlaceholder : undefined
    : undefined;
  return h('td', { class: classes.join(' ').trim(), colspan: span > 1 ? span : undefined, title, dataset: { cell: key } }, cell ? cell.raw : '');
}

// A row the report has and the template lacks, drawn where the report has it and marked:
// its numbers are shown as written and take part in no check.
function extraRow(row, width, t, labelSpan = 1) {
  const values = Array.from({ length: Math.max(width, row.values.length) }, (_, i) => row.values[i] ?? '');
  return h('tr', { class: 'extra', dataset: { place: JSON.stringify(row.location) } },
    h('th', { class: 'label', colspan: labelSpan > 1 ? labelSpan : undefined }, row.label, h('span', { class: 'not-in-template' }, t.notInTemplate)),
    values.map((v) => h('td', { class: 'v extra' }, v)));
}

// The extra rows that follow the template row `key` (null: before the first).
function extrasAfter(extra, key) {
  return extra.filter((row) => (row.after ?? null) === key);
}

function proactiveTable(values, forms, words, marks, t, extra = []) {
  const rows = [];
  for (const block of forms.proactive) {
    const span = 3 / block.columns.length >= 1 ? Math.floor(3 / block.columns.length) : 1;
    const pad = 3 - span * block.columns.length;
    rows.push(h('tr', {}, h('th', { colspan: 4, class: 'caption' }, block.caption)));
    rows.push(h('tr', {}, h('th', { class: 'label' }, words.info), block.columns.map((c) => h('th', { colspan: span > 1 ? span : undefined }, c.label)), pad ? h('th', {}) : null));
    if (block === forms.proactive[0]) rows.push(extrasAfter(extra, null).map((row) => extraRow(row, 3, t)));
    for (const row of block.rows) {
      const key = `${block.key}.${row.key}`;
      const cells = values?.[block.key]?.[row.key];
      rows.push(h('tr', {},
        h('th', { class: 'label' }, row.label),
        block.columns.map((c) => valueCell(cells?.[c.key], cellKey('proactive', key, c.key), marks, t, span)),
        pad ? h('td', { class: 'pad' }) : null));
      rows.push(extrasAfter(extra, key).map((r) => extraRow(r, 3, t)));
    }
  }
  return h('table', { class: 'form form-proactive' }, h('tbody', {}, rows));
}

function requestsTable(values, forms, words, marks, t, extra = []) {
  const cols = forms.request_columns;
  const head = [
    h('tr', {}, h('th', { colspan: 3, rowspan: 3, class: 'note label span3' }, words.balanceNote), h('th', { colspan: 7 }, words.applicant)),
    h('tr', {}, h('th', { rowspan: 2 }, cols[0].label), h('th', { colspan: 5 }, words.legal), h('th', { rowspan: 2 }, cols[6].label)),
    h('tr', {}, cols.slice(1, 6).map((c) => h('th', {}, c.label))),
  ];
  const outcomes = forms.request_rows.filter((r) => r.group);
  const body = [];
  const seenGroups = new Set();
  body.push(extrasAfter(extra, null).map((r) => extraRow(r, cols.length, t, 3)));
  for (const row of forms.request_rows) {
    const labels = [];
    if (!row.group) {
      labels.push(h('th', { colspan: 3, class: 'label span3' }, row.label));
    } else {
      if (row === outcomes[0]) labels.push(h('th', { rowspan: outcomes.length, class: 'group g1' }, words.outcomes));
      if (row.group === words.outcomes) {
        labels.push(h('th', { colspan: 2, class: 'label span2' }, row.label));
      } else {
        if (!seenGroups.has(row.group)) {
          seenGroups.add(row.group);
          labels.push(h('th', { rowspan: outcomes.filter((r) => r.group === row.group).length, class: 'group g2' }, row.group));
        }
        labels.push(h('th', { class: 'label span1' }, row.label));
      }
    }
    const cells = values?.[row.key];
    body.push(h('tr', {}, labels, cols.map((c) => valueCell(cells?.[c.key], cellKey('requests', row.key, c.key), marks, t, 1))));
    // An extra row inside the outcome block would break its row spans: drawn after the block.
    if (!row.group || row === outcomes[outcomes.length - 1]) {
      const after = row.group ? outcomes.map((r) => r.key) : [row.key];
      body.push(extra.filter((r) => after.includes(r.after)).map((r) => extraRow(r, cols.length, t, 3)));
    }
  }
  return h('table', { class: 'form form-requests' }, h('thead', {}, head), h('tbody', {}, body));
}

function appealsTable(values, forms, words, marks, t) {
  const cols = forms.appeal_columns;
  const [review, direct, after] = forms.appeal_groups;
  const head = [
    h('tr', {}, h('th', { colspan: 5 }, review.label), h('th', { colspan: 10 }, words.litigation)),
    h('tr', {}, cols.map((c) => h('th', { rowspan: 2 }, c.label)), h('th', { colspan: 5 }, direct.label), h('th', { colspan: 5 }, after.label)),
    h('tr', {}, [direct, after].map(() => cols.map((c) => h('th', {}, c.label)))),
  ];
  const data = forms.appeal_groups.map((g) => cols.map((c) => valueCell(values?.[g.key]?.[c.key], cellKey('appeals', g.key, c.key), marks, t, 1)));
  return h('table', { class: 'form form-appeals' }, h('thead', {}, head), h('tbody', {}, h('tr', {}, data)));
}

// The cells each problem names: the worst severity per cell, and whether it is a primary cell
// (the first named, or the suspect the checker singled out).
function cellMarks(diagnostics) {
  const rank = { error: 2, warning: 1 };
  const marks = new Map();
  for (const d of diagnostics) {
    if (!rank[d.severity]) continue;
    // Cells of another report (a check across two years) are that report's, not this form's.
    problemCells(d).filter((c) => !c.report).forEach((c, i) => {
      const key = cellKey(c.table, c.row, c.column);
      const old = marks.get(key);
      if (!old || rank[d.severity] > rank[old.severity]) marks.set(key, { severity: d.severity, primary: i === 0 || old?.primary });
      else if (i === 0) old.primary = true;
    });
  }
  return marks;
}

function tablesCsv(report) {
  const lines = ['table,row,column,value,raw,state'];
  const quote = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const push = (table, row, column, cell) =>
    lines.push([table, row, column, cell.value ?? '', cell.raw, cell.state].map((v) => quote(String(v))).join(','));
  for (const [block, rows] of Object.entries(report.tables.proactive || {}))
    for (const [row, cells] of Object.entries(rows)) for (const [column, cell] of Object.entries(cells)) push('proactive', `${block}.${row}`, column, cell);
  for (const table of ['requests', 'appeals'])
    for (const [row, cells] of Object.entries(report.tables[table] || {})) for (const [column, cell] of Object.entries(cells)) push(table, row, column, cell);
  return lines.join('\n') + '\n';
}

