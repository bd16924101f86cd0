// The batch overview above the cards, for a supervisor who drops dozens of reports at once:
// totals and progress, one sortable row per file (filter 只看不通过), the pairs of one unit's
// consecutive years compared across reports (and pairing by hand), and one Excel workbook for
// the batch, written by the checker's Rust writer in the worker. Shown from two files on.
//
// It reads the element's entries ({ name, input, report, error, … }) and draws into the
// element's .batch section; rows are cached per entry, so a finished check costs one row.
// A card is removed from its row (移除), the whole batch with 清空全部.

const BATCH_STRINGS = {
  zh: {
    label: '批量检查概览',
    totals: (n, c) => `${n} 份：` + [`通过 ${c.pass}`, `不通过 ${c.fail}`, c.incomplete ? `未能完全核对 ${c.incomplete}` : '', c.unchecked ? `未核对 ${c.unchecked}` : '', `无法读取 ${c.unreadable}`].filter(Boolean).join(' · '),
    progress: (done, n) => `正在检查 ${done}/${n}`,
    onlyFailed: '只看不通过',
    exportXlsx: '导出 Excel',
    exporting: '正在生成 Excel…',
    exportFailed: '导出失败：',
    workbook: '年报检查汇总.xlsx',
    clear: '清空全部',
    remove: '移除',
    removeLabel: (name) => `移除 ${name}`,
    columns: { name: '文件', unit: '单位', year: '年度', edition: '模板', verdict: '结论', errors: '错误', warnings: '警告', first: '主要问题' },
    sortBy: (column) => `按${column}排序`,
    pending: '检查中…',
    pairs: '跨年度对比',
    pair: (last, ly, now, ny) => `${last}（${ly || '?'} 年度）→ ${now}（${ny || '?'} 年度）`,
    pairFound: (n) => (n ? `跨报告问题 ${n} 个` : '前后衔接一致'),
    manual: '手动配对（未识别出单位时）：',
    manualLast: '上一年度报告',
    manualThis: '本年度报告',
    manualButton: '配对比较',
    edition: (e) => (e === 'pre-2019' ? '旧格式' : `${e} 版`),
  },
  en: {
    label: 'Batch overview',
    totals: (n, c) => `${n} reports: ` + [`${c.pass} pass`, `${c.fail} fail`, c.incomplete ? `${c.incomplete} not fully checked` : '', c.unchecked ? `${c.unchecked} not checked` : '', `${c.unreadable} unreadable`].filter(Boolean).join(' · '),
    progress: (done, n) => `Checking ${done}/${n}`,
    onlyFailed: 'Failed only',
    exportXlsx: 'Export Excel',
    exporting: 'Writing the workbook…',
    exportFailed: 'Export failed: ',
    workbook: 'nianbao-batch.xlsx',
    clear: 'Clear all',
    remove: 'Remove',
    removeLabel: (name) => `Remove ${name}`,
    columns: { name: 'File', unit: 'Unit', year: 'Year', edition: 'Edition', verdict: 'Verdict', errors: 'Errors', warnings: 'Warnings', first: 'Main problem' },
    sortBy: (column) => `Sort by ${column}`,
    pending: 'checking…',
    pairs: 'Compared across years',
    pair: (last, ly, now, ny) => `${last} (${ly || '?'}) → ${now} (${ny || '?'})`,
    pairFound: (n) => (n ? `${n} problems across reports` : 'the years agree'),
    manual: 'Pair by hand (when no unit was found):',
    manualLast: 'Last year',
    manualThis: 'This year',
    manualButton: 'Compare',
    edition: (e) => (e === 'pre-2019' ? 'old format' : `${e} edition`),
  },
};

const VERDICT_ORDER = { fail: 0, unreadable: 1, incomplete: 2, unchecked: 3, pass: 4 };

// The verdict of an entry, also for a file the checker could not take at all.
function entryVerdict(entry) {
  return entry.report?.summary.verdict || (entry.error ? 'unreadable' : null);
}

// Per column: the value rows sort by.
const SORT_KEYS = {
  name: (e) => e.name,
  unit: (e) => e.report?.report.unit || '',
  year: (e) => e.report?.report.year || 0,
  edition: (e) => e.report?.report.edition || '',
  verdict: (e) => VERDICT_ORDER[entryVerdict(e)] ?? 9,
  errors: (e) => e.report?.summary.errors ?? -1,
  warnings: (e) => e.report?.summary.warnings ?? -1,
  first: (e) => firstProblem(e),
};

function firstProblem(entry) {
  if (entry.error) return '';
  const first = entry.report && bySeverity(entry.report.diagnostics).find((d) => d.severity !== 'info');
  return first ? first.message : '';
}

function renderBatch(el) {
  const section = el.root.querySelector('.batch');
  if (!section) return;
  const entries = el.entries;
  section.hidden = entries.length < 2;
  if (section.hidden) { section.replaceChildren(); return; }
  const b = BATCH_STRINGS[el.language];
  const t = el.strings;
  const state = (el.batch ||= { sort: null, dir: 1, onlyFailed: false, pairs: [] });
  const counts = { pass: 0, fail: 0, incomplete: 0, unchecked: 0, unreadable: 0 };
  let done = 0;
  for (const e of entries) {
    const verdict = entryVerdict(e);
    if (verdict) { done += 1; counts[verdict] += 1; }
  }
  const busy = done < entries.length;
  // Drop order, oldest first, unless a column was chosen.
  let rows = [...entries].reverse();
  if (state.sort) {
    const key = SORT_KEYS[state.sort];
    rows.sort((x, y) => { const a = key(x); const c = key(y); return (a < c ? -1 : a > c ? 1 : 0) * state.dir; });
  }
  if (state.onlyFailed) rows = rows.filter((e) => ['fail', 'unreadable'].includes(entryVerdict(e)));
  const head = h('tr', {}, Object.entries(b.columns).map(([key, label]) => h('th', { scope: 'col', 'aria-sort': state.sort === key ? (state.dir > 0 ? 'ascending' : 'descending') : null },
    h('button', { type: 'button', class: 'sort', dataset: { sort: key }, title: b.sortBy(label), onclick: () => { state.dir = state.sort === key ? -state.dir : 1; state.sort = key; renderBatch(el); } }, label))),
  h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, b.remove)));
  section.replaceChildren(
    h('div', { class: 'batch-head' },
      h('p', { class: 'totals' }, b.totals(entries.length, counts)),
      busy ? h('p', { class: 'progress' }, b.progress(done, entries.length)) : null),
    h('div', { class: 'batch-actions' },
      h('label', { class: 'only-failed' }, h('input', { type: 'checkbox', checked: state.onlyFailed, onchange: (event) => { state.onlyFailed = event.target.checked; renderBatch(el); } }), ' ', b.onlyFailed),
      h('button', { type: 'button', class: 'export-xlsx', disabled: busy || !entries.some((e) => e.report), onclick: () => exportBatch(el) }, b.exportXlsx),
      h('button', { type: 'button', class: 'clear', onclick: () => el.clearAll() }, b.clear),
      h('span', { class: 'export-status', role: 'status' }, state.exportMessage || '')),
    h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': b.label },
      h('table', { class: 'overview' }, h('thead', {}, head), h('tbody', {}, rows.map((e) => overviewRow(el, e, b, t))))),
    pairsPanel(el, b));
}

function overviewRow(el, entry, b, t) {
  // Cached until the entry's report, error or the language changes.
  const key = [entry.report, entry.error, el.language];
  if (entry.row && entry.rowKey.every((k, i) => k === key[i])) return entry.row;
  const r = entry.report;
  const verdict = entryVerdict(entry);
  const cells = [
    h('th', { scope: 'row', class: 'file' }, h('button', { type: 'button', class: 'open', onclick: () => el.openCard(entry) }, entry.name)),
    h('td', {}, r?.report.unit || ''),
    h('td', {}, r?.report.year || ''),
    h('td', {}, r?.report.edition ? b.edition(r.report.edition) : ''),
    h('td', { class: 'verdict' }, verdict ? t[verdict] : b.pending),
    h('td', { class: 'n' }, r ? r.summary.errors : ''),
    h('td', { class: 'n' }, r ? r.summary.warnings : ''),
    h('td', { class: 'first' }, entry.error ? el.problem(entry.error) : firstProblem(entry)),
    h('td', {}, h('button', { type: 'button', class: 'remove', 'aria-label': b.removeLabel(entry.name), onclick: () => el.removeEntry(entry) }, b.remove)),
  ];
  entry.rowKey = key;
  entry.row = h('tr', { class: verdict ? `verdict-${verdict}` : 'pending', dataset: { verdict: verdict || 'pending', name: entry.name } }, cells);
  return entry.row;
}

// The pairs compared, and two lists to pair reports by hand.
function pairsPanel(el, b) {
  const state = el.batch;
  const checked = el.entries.filter((e) => e.report && ['pass', 'fail', 'incomplete'].includes(e.report.summary.verdict));
  if (checked.length < 2) return null;
  const list = state.pairs.filter((p) => el.entries.includes(p.last) && el.entries.includes(p.now)).map(({ last, now }) => {
    const crossing = now.report.diagnostics.filter((d) => d.cells.some((c) => c.report)).length;
    return h('li', { dataset: { last: last.name, this: now.name } },
      b.pair(last.name, last.report.report.year, now.name, now.report.report.year), '：', b.pairFound(crossing));
  });
  const options = checked.map((e) => h('option', { value: el.entries.indexOf(e) }, e.name));
  const last = h('select', { class: 'pair-last', 'aria-label': b.manualLast }, options.map((o) => o.cloneNode(true)));
  const now = h('select', { class: 'pair-this', 'aria-label': b.manualThis }, options);
  if (checked.length > 1) now.selectedIndex = 1;
  return h('section', { class: 'pairs' },
    h('h3', {}, b.pairs),
    list.length ? h('ul', {}, list) : null,
    h('p', { class: 'manual' }, b.manual, ' ', last, ' → ', now, ' ',
      h('button', { type: 'button', class: 'pair-button', onclick: () => {
        const a = el.entries[Number(last.value)];
        const c = el.entries[Number(now.value)];
        if (a && c && a !== c) el.comparePair(a, c);
      } }, b.manualButton)));
}

// Pairs one unit's consecutive years among the checked reports — as the CLI does
// (nianbao_rules::pairs: the unit without white space, years one apart) — and compares each
// new pair once. Reports with no unit or year pair with nothing; people pair them by hand.
async function pairBatch(el) {
  const checked = el.entries.filter((e) => e.report && e.report.report.unit && e.report.report.year);
  const byKey = new Map();
  for (const e of checked) {
    const key = `${e.report.report.unit.replace(/\s+/g, '')}|${e.report.report.year}`;
    byKey.set(key, [...(byKey.get(key) || []), e]);
  }
  for (const now of checked) {
    const lasts = byKey.get(`${now.report.report.unit.replace(/\s+/g, '')}|${now.report.report.year - 1}`) || [];
    for (const last of lasts) {
      if (el.entries.includes(last) && el.entries.includes(now)) await el.comparePair(last, now);
    }
  }
}

async function exportBatch(el) {
  const b = BATCH_STRINGS[el.language];
  const state = el.batch;
  // Drop order, as the overview lists them by default and the CLI lists its files.
  const reports = [...el.entries].reverse().filter((e) => e.report).map((e) => e.report);
  state.exportMessage = b.exporting;
  renderBatch(el);
  try {
    const bytes = await engine.exportXlsx(reports);
    download(b.workbook, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes);
    state.exportMessage = '';
  } catch (error) {
    state.exportMessage = b.exportFailed + el.problem(error);
  }
  renderBatch(el);
}
