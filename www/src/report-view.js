// One report as a card: verdict and summary first (what users of the peer asked for), then
// the problems grouped by table, errors before warnings before infos, then the tables drawn
// like the official form. A problem is a list item with at most one control (show its cells),
// so a keyboard or screen-reader user meets one thing to press per problem.

const TABLE_ORDER = ['proactive', 'requests', 'appeals', 'other'];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

function renderReport(entry, ctx) {
  const { report } = entry;
  const { t } = ctx;
  const s = report.summary;
  const about = [report.report.year && t.year(report.report.year), report.report.edition && t.edition(report.report.edition)].filter(Boolean).join(' · ');
  // The codes found ride on the card itself, so a collapsed card (its body not yet built)
  // still says what it holds.
  const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort().join(' ');
  const card = h('details', { class: `report verdict-${s.verdict}`, open: entry.open, dataset: { verdict: s.verdict, codes } },
    // The heading is what focus moves to after a check: it says the verdict first.
    h('summary', { class: 'head' },
      h('h3', { class: 'title' },
        h('span', { class: 'badge' }, t[s.verdict]),
        h('span', { class: 'name' }, report.source.name),
        about ? h('span', { class: 'about' }, about) : null,
        h('span', { class: 'counts' }, t.counts(s.errors, s.warnings, s.infos)))));
  // The body is built when the card is first opened: a batch of 48 collapsed cards costs 48
  // headings, and a card nobody opens is never drawn.
  // A card drawn again (a new language) keeps the body it had.
  const fill = () => {
    if (card.querySelector(':scope > .body')) return;
    card.append(reportBody(entry, ctx, card));
    entry.built = true;
  };
  if (entry.open || entry.built) fill();
  card.addEventListener('toggle', () => { entry.open = card.open; if (card.open) fill(); });
  return card;
}

// The card's contents: comparison, summary, problems, the forms, actions and rule help.
function reportBody(entry, ctx, card) {
  const { report } = entry;
  const { t } = ctx;
  const s = report.summary;
  const body = h('div', { class: 'body' });
  if (entry.previous) body.append(h('p', { class: 'compare' }, t.compare(entry.previous, s)));
  body.append(summary(report, ctx, card), problems(report, ctx, card));
  const marks = cellMarks(report.diagnostics);
  const edition = report.report.edition === '2019' ? '2019' : '2021';
  const forms = ctx.forms[edition];
  const titles = tableTitles(ctx);
  // An old-format report (unchecked) has no standard tables to draw.
  if (!['unreadable', 'unchecked'].includes(s.verdict)) {
    const tables = h('section', { class: 'tables' }, h('h3', {}, t.tables), legend(t));
    const draw = { proactive: proactiveTable, requests: requestsTable, appeals: appealsTable };
    for (const [key, draw_] of Object.entries(draw)) {
      const values = report.tables[key];
      const extra = (report.extra_rows || []).filter((row) => row.table === key);
      tables.append(h('h4', {}, titles[key]), values
        // Focusable and named: a keyboard user can scroll a wide table sideways.
        ? h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': t.scrollTable(titles[key]) }, draw_(values, forms, ctx.forms.words, marks, t, extra))
        : h('p', { class: 'missing' }, t.notFound));
    }
    body.append(tables);
  }
  body.append(h('p', { class: 'printed' }, t.printed(report.source.name, entry.checkedAt, ctx.version)));
  const base = report.source.name.replace(/\.[^./\\]+$/, '');
  const copied = h('span', { class: 'copied', role: 'status' });
  body.append(h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'copy', onclick: () => copyText(problemList(entry, ctx)).then((ok) => { copied.textContent = ok ? t.copied : t.copyFailed; }) }, t.copy),
    h('button', { type: 'button', class: 'export-json', onclick: () => download(`${base}.nianbao.json`, 'application/json', JSON.stringify(report, null, 2)) }, t.exportJson),
    s.verdict !== 'unreadable'
      ? h('button', { type: 'button', class: 'export-csv', onclick: () => download(`${base}.tables.csv`, 'text/csv', '\ufeff' + tablesCsv(report)) }, t.exportCsv)
      : null,
    copied));
  body.append(rulesPanel(report, ctx));
  return body;
}

// Diagnostics errors first, then warnings, then infos; the checker's own order (by place)
// within each.
function bySeverity(diagnostics) {
  return [...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function ruleTitle(ctx, code) {
  const rule = ctx.rules.get(code);
  return (ctx.lang === 'en' ? rule?.title_en : rule?.title_zh) || code;
}

function summary(report, ctx, card) {
  const { t } = ctx;
  const counts = new Map();
  for (const d of bySeverity(report.diagnostics)) counts.set(d.code, (counts.get(d.code) || 0) + 1);
  if (!counts.size) return h('section', { class: 'summary' }, h('h3', {}, t.summary), h('p', { class: 'clean' }, t.noProblems));
  return h('section', { class: 'summary' }, h('h3', {}, t.summary), h('ul', { class: 'chips' }, [...counts.keys()].map((code) => {
    const severity = ctx.rules.get(code)?.severity;
    // Plain words first; the code beside, for those who look rules up.
    return h('li', {}, h('button', {
      type: 'button', class: `chip sev-${severity}`, dataset: { code },
      onclick: () => card.querySelector(`.problem[data-code="${code}"]`)?.focus(),
    }, ruleTitle(ctx, code), ' ', h('span', { class: 'n' }, t.times(counts.get(code))), ' ', h('code', { class: 'code' }, code)));
  })));
}

// 表二/三/四 as the template names them, in the page's language.
function tableTitles(ctx) {
  const titles = { other: ctx.t.other };
  for (const table of ctx.forms.tables) titles[table.key] = ctx.lang === 'en' ? table.en : table.zh;
  return titles;
}

// The problems by table, errors first twice over: the tables with errors before those with
// only warnings or infos, and each table's errors before its warnings. The order of the list
// and of the copy.
function grouped(report) {
  const groups = new Map(TABLE_ORDER.map((k) => [k, []]));
  for (const d of bySeverity(report.diagnostics)) groups.get(d.table || 'other').push(d);
  const worst = ([, list]) => SEVERITY_ORDER[list[0].severity];
  return [...groups].filter(([, list]) => list.length).sort((a, b) => worst(a) - worst(b));
}

function problems(report, ctx, card) {
  const { t } = ctx;
  const section = h('section', { class: 'problems' }, h('h3', {}, t.problems));
  const titles = tableTitles(ctx);
  for (const [key, list] of grouped(report)) {
    section.append(h('h4', {}, titles[key]), h('ol', { class: 'list' }, list.map((d) => {
      return h('li', { class: `problem sev-${d.severity}`, tabindex: -1, dataset: { code: d.code } },
        h('p', { class: 'line' }, h('span', { class: 'sev' }, t.severity[d.severity], '：'), h('span', { class: 'message' }, d.message), ' ', h('code', { class: 'code' }, d.code)),
        d.evidence ? h('div', { class: 'evidence' }, d.evidence) : null,
        h('div', { class: 'help' }, t.fix, d.help),
        // The place as the person sees the document and the visible text there, both worded
        // by the checker (never a line of raw markup).
        d.place ? h('div', { class: 'where' }, h('span', { class: 'place' }, d.place), d.excerpt ? h('code', { class: 'source' }, d.excerpt) : null) : null,
        d.cells.length || extraRowOf(report, d) ? h('button', { type: 'button', class: 'show', onclick: () => showCells(card, d) }, t.show) : null);
    })));
  }
  return section;
}

// The cells of a problem, the suspect one first when the checker named one.
function problemCells(diagnostic) {
  const cells = [...diagnostic.cells];
  const suspect = diagnostic.suspect?.cell;
  if (suspect) {
    const same = (c) => c.table === suspect.table && c.row === suspect.row && c.column === suspect.column;
    return [suspect, ...cells.filter((c) => !same(c))];
  }
  return cells;
}

// The extra row a problem is about (T012 names no cell, but stands where the row does).
function extraRowOf(report, diagnostic) {
  const at = JSON.stringify(diagnostic.location);
  return (report.extra_rows || []).find((row) => row.table === diagnostic.table && JSON.stringify(row.location) === at);
}

function showCells(card, diagnostic) {
  // A cell of another report (a check across two years) is shown in that report's card, when
  // it is on the page and open; never as this report's cell of the same key.
  const cardOf = (c) => !c.report ? card
    : [...(card.parentNode?.querySelectorAll('.report') || [])].find((other) => other.querySelector('.name')?.textContent === c.report);
  const cells = problemCells(diagnostic)
    .map((c) => cardOf(c)?.querySelector(`td[data-cell="${CSS.escape(cellKey(c.table, c.row, c.column))}"]`))
    .filter(Boolean);
  if (!cells.length) cells.push(...card.querySelectorAll(`tr.extra[data-place="${CSS.escape(JSON.stringify(diagnostic.location))}"] > *`));
  if (!cells.length) return;
  cells[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const cell of cells) {
    cell.classList.remove('flash');
    void cell.offsetWidth; // restart the animation
    cell.classList.add('flash');
  }
}

// The verdict and every problem as plain text, one line each with its place: what a clerk
// pastes into a message to whoever fills in the tables.
function problemList(entry, ctx) {
  const { report } = entry;
  const { t } = ctx;
  const s = report.summary;
  const lines = [`${report.source.name}：${t[s.verdict]}（${t.counts(s.errors, s.warnings, s.infos)}）`];
  let n = 0;
  for (const [, list] of grouped(report)) {
    for (const d of list) {
      const place = d.place ? ` ${t.place}${d.place}` : '';
      lines.push(`${++n}. 【${t.severity[d.severity]}】${d.message}（${d.code}）${place}`);
    }
  }
  if (!n) lines.push(t.noProblems);
  return lines.join('\n') + '\n';
}

function rulesPanel(report, ctx) {
  const { t } = ctx;
  const codes = [...new Set(bySeverity(report.diagnostics).map((d) => d.code))];
  const en = ctx.lang === 'en';
  return h('details', { class: 'rules' }, h('summary', {}, t.rules),
    h('dl', {}, codes.map((code) => {
      const r = ctx.rules.get(code);
      if (!r) return null;
      return h('div', { dataset: { rule: code } },
        h('dt', {}, h('b', {}, en ? r.title_en : r.title_zh), ' ', h('code', {}, code)),
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
    h('span', { class: 'v hl-warning' }, t.legendWarning),
    h('span', { class: 'v extra' }, t.legendExtra));
}
