// One report as a card: verdict and summary first (what users of the peer asked for), then
// the problems grouped by table, then the tables drawn like the official form.

const TABLE_ORDER = ['proactive', 'requests', 'appeals', 'other'];

function renderReport(entry, ctx) {
  const { report } = entry;
  const { t } = ctx;
  const s = report.summary;
  const about = [report.report.year && t.year(report.report.year), report.report.edition && t.edition(report.report.edition)].filter(Boolean).join(' · ');
  const card = h('details', { class: `report verdict-${s.verdict}`, open: entry.open, dataset: { verdict: s.verdict } },
    h('summary', { class: 'head' },
      h('span', { class: 'badge' }, t[s.verdict]),
      h('span', { class: 'name' }, report.source.name),
      about ? h('span', { class: 'about' }, about) : null,
      h('span', { class: 'counts' }, t.counts(s.errors, s.warnings, s.infos))));
  card.addEventListener('toggle', () => { entry.open = card.open; });

  const body = h('div', { class: 'body' });
  body.append(summary(report, ctx, card), problems(entry, ctx, card));
  const marks = cellMarks(report.diagnostics);
  const edition = report.report.edition === '2019' ? '2019' : '2021';
  const forms = ctx.forms[edition];
  const titles = tableTitles(ctx);
  // An old-format report (unchecked) has no standard tables to draw.
  if (!['unreadable', 'unchecked'].includes(report.summary.verdict)) {
    const tables = h('section', { class: 'tables' }, h('h3', {}, t.tables), legend(t));
    const draw = { proactive: proactiveTable, requests: requestsTable, appeals: appealsTable };
    for (const [key, draw_] of Object.entries(draw)) {
      const values = report.tables[key];
      tables.append(h('h4', {}, titles[key]), values ? h('div', { class: 'scroll' }, draw_(values, forms, ctx.forms.words, marks, t)) : h('p', { class: 'missing' }, t.notFound));
    }
    body.append(tables);
  }
  const base = report.source.name.replace(/\.[^./\\]+$/, '');
  body.append(h('div', { class: 'actions' },
    h('button', { type: 'button', onclick: () => download(`${base}.nianbao.json`, 'application/json', JSON.stringify(report, null, 2)) }, t.exportJson),
    report.summary.verdict !== 'unreadable'
      ? h('button', { type: 'button', onclick: () => download(`${base}.tables.csv`, 'text/csv', '\ufeff' + tablesCsv(report)) }, t.exportCsv)
      : null));
  body.append(rulesPanel(report, ctx));
  card.append(body);
  return card;
}

function summary(report, ctx, card) {
  const { t } = ctx;
  const counts = new Map();
  for (const d of report.diagnostics) counts.set(d.code, (counts.get(d.code) || 0) + 1);
  if (!counts.size) return h('section', { class: 'summary' }, h('h3', {}, t.summary), h('p', { class: 'clean' }, t.noProblems));
  const order = { error: 0, warning: 1, info: 2 };
  const codes = [...counts.keys()].sort((a, b) => order[ctx.rules.get(a)?.severity] - order[ctx.rules.get(b)?.severity] || a.localeCompare(b));
  return h('section', { class: 'summary' }, h('h3', {}, t.summary), h('ul', { class: 'chips' }, codes.map((code) => {
    const rule = ctx.rules.get(code);
    return h('li', {}, h('button', {
      type: 'button', class: `chip sev-${rule?.severity}`,
      onclick: () => card.querySelector(`.problem[data-code="${code}"]`)?.focus(),
    }, h('b', {}, code), ' ', ctx.lang === 'en' ? rule?.title_en : rule?.title_zh, ' ', h('span', { class: 'n' }, t.times(counts.get(code)))));
  })));
}

// 表二/三/四 as the template names them, in the page's language.
function tableTitles(ctx) {
  const titles = { other: ctx.t.other };
  for (const table of ctx.forms.tables) titles[table.key] = ctx.lang === 'en' ? table.en : table.zh;
  return titles;
}

function problems(entry, ctx, card) {
  const { report } = entry;
  const { t } = ctx;
  const section = h('section', { class: 'problems' }, h('h3', {}, t.problems));
  if (!report.diagnostics.length) return section;
  const groups = new Map(TABLE_ORDER.map((k) => [k, []]));
  for (const d of report.diagnostics) groups.get(d.table || 'other').push(d);
  const titles = tableTitles(ctx);
  for (const [key, list] of groups) {
    if (!list.length) continue;
    section.append(h('h4', {}, titles[key]), h('ol', { class: 'list' }, list.map((d) => {
      return h('li', {}, h('div', {
        class: `problem sev-${d.severity}`, tabindex: 0, role: 'button', dataset: { code: d.code },
        onclick: (event) => { if (!event.target.closest('.code')) showCells(card, d); },
        onkeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); showCells(card, d); } },
      },
      h('button', { type: 'button', class: 'code', title: t.rules, onclick: () => showRule(card, d.code) }, d.code),
      h('span', { class: 'message' }, d.message),
      d.evidence ? h('div', { class: 'evidence' }, d.evidence) : null,
      h('div', { class: 'help' }, t.fix, d.help),
      // The place as the person sees the document and the visible text there, both worded
      // by the checker (never a line of raw markup).
      d.place ? h('div', { class: 'where' }, h('span', { class: 'place' }, d.place), d.excerpt ? h('code', { class: 'source' }, d.excerpt) : null) : null));
    })));
  }
  return section;
}

function showCells(card, diagnostic) {
  const cells = diagnostic.cells
    .map((c) => card.querySelector(`td[data-cell="${CSS.escape(cellKey(c.table, c.row, c.column))}"]`))
    .filter(Boolean);
  if (!cells.length) return;
  cells[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const cell of cells) {
    cell.classList.remove('flash');
    void cell.offsetWidth; // restart the animation
    cell.classList.add('flash');
  }
}

function showRule(card, code) {
  const panel = card.querySelector('.rules');
  panel.open = true;
  const entry = panel.querySelector(`[data-rule="${code}"]`);
  entry?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  entry?.classList.add('flash');
}

function rulesPanel(report, ctx) {
  const { t } = ctx;
  const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  const en = ctx.lang === 'en';
  return h('details', { class: 'rules' }, h('summary', {}, t.rules),
    h('dl', {}, codes.map((code) => {
      const r = ctx.rules.get(code);
      if (!r) return null;
      return h('div', { dataset: { rule: code } },
        h('dt', {}, h('b', {}, code), ' ', en ? r.title_en : r.title_zh, ' ', h('code', {}, r.name)),
        h('dd', {}, h('p', {}, h('b', {}, t.what, '：'), en ? r.what_en : r.what_zh),
          h('p', {}, h('b', {}, t.why, '：'), en ? r.why_en : r.why_zh),
          h('p', {}, h('b', {}, t.how, '：'), en ? r.fix_en : r.fix_zh)));
    })));
}

function legend(t) {
  return h('p', { class: 'legend' },
    h('span', { class: 'v state-blank' }, t.legendBlank),
    h('span', { class: 'v state-inferred' }, t.legendInferred),
    h('span', { class: 'v state-placeholder' }, t.legendPlaceholder),
    h('span', { class: 'v hl-error' }, t.legendError),
    h('span', { class: 'v hl-warning' }, t.legendWarning));
}
