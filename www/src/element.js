// <nianbao-checker>: drop zone, file picker and paste box in a Shadow DOM, so a host page's
// styles cannot reach in. Attributes in: lang="zh|en", hide-title (no heading, for a portal
// page that has its own), hide-lang-switch (no English button). Event out: "nianbao-report"
// with the report as detail, once per file checked. Nothing is stored: leaving the page
// with results on it asks first.

class NianbaoChecker extends HTMLElement {
  static get observedAttributes() { return ['lang', 'hide-title', 'hide-lang-switch']; }

  constructor() {
    super();
    this.entries = [];
    this.root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    this.root.adoptedStyleSheets = [sheet];
    // The browser's own "leave this page?" question, while results would be lost.
    this.onLeave = (event) => {
      if (this.entries.some((e) => e.report)) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
  }

  get language() { return this.getAttribute('lang') === 'en' ? 'en' : 'zh'; }

  connectedCallback() {
    if (!this.built) {
      this.built = true;
      this.addEventListener('dragover', (event) => { event.preventDefault(); this.root.querySelector('.drop')?.classList.add('over'); });
      this.addEventListener('dragleave', () => this.root.querySelector('.drop')?.classList.remove('over'));
      this.addEventListener('drop', (event) => {
        event.preventDefault();
        this.root.querySelector('.drop')?.classList.remove('over');
        this.dropped([...(event.dataTransfer?.files || [])]);
      });
    }
    window.addEventListener('beforeunload', this.onLeave);
    this.render();
    engine.load().then(() => { this.failure = null; this.render(); }, (error) => this.fail(error));
  }

  disconnectedCallback() {
    window.removeEventListener('beforeunload', this.onLeave);
  }

  attributeChangedCallback(name) {
    if (!this.built) return;
    if (name === 'lang') this.relabel();
    else this.render();
  }

  // Checks files (File or Blob objects); each is shown first in the list as it is added. The
  // bridge queues them and checks them in order, reading each file inside the worker.
  // Anything else is refused in words, like Nianbao.check.
  checkFiles(files) {
    const list = Array.isArray(files) ? files : [files];
    const wrong = list.find((f) => !(f instanceof Blob));
    if (!list.length || wrong !== undefined) return Promise.reject(noFileError(wrong));
    return Promise.all(list.map((file) => this.add(file.name || 'report.txt', file)));
  }

  // Files dropped or picked; a drop that carries no file (selected text, a link) is
  // answered in words, not ignored.
  dropped(files) {
    if (files.length) return this.checkFiles(files);
    this.say(this.strings.dropNoFile);
    return Promise.resolve();
  }

  // Checks pasted text. The text stays in the box, so a clerk can correct it and check
  // again; the new result replaces the last pasted one and says what changed.
  checkPaste() {
    const t = this.strings;
    const text = this.pasted || '';
    if (!text.trim()) {
      this.say(t.pasteEmpty);
      this.root.querySelector('.paste')?.focus();
      return Promise.resolve();
    }
    return this.add(t.pasted, new Blob([text]), { paste: true });
  }

  // Shows a card for `input` (a Blob, or a promise of one) at once, checks it, redraws it.
  async add(name, input, options = {}) {
    const entry = { name, open: true, paste: !!options.paste };
    if (entry.paste) entry.replaces = lastPasted(this.entries);
    for (const e of this.entries) {
      e.open = false;
      if (e.node) e.node.open = false;
    }
    this.entries.unshift(entry);
    this.renderReports();
    this.say(this.strings.checking);
    const lang = this.language;
    try {
      const report = await engine.check(await input, name, { lang, onSlow: () => { entry.slow = true; entry.node = null; this.renderReports(); } });
      entry.report = report;
      entry.lang = lang;
      entry.checkedAt = new Date();
      // The language changed while this file waited: re-word it like the others.
      if (lang !== this.language) await this.reword(entry, this.language);
      if (entry.replaces) replacePasted(this.entries, entry);
      this.dispatchEvent(new CustomEvent('nianbao-report', { detail: report, bubbles: true, composed: true }));
    } catch (error) {
      entry.error = error;
    }
    entry.slow = false;
    entry.node = null;
    this.renderReports();
    this.announce(entry);
  }

  // Says the verdict in the live region and, once nothing else is being checked, moves focus
  // to the newest result's heading.
  announce(entry) {
    const t = this.strings;
    const busy = this.entries.some((e) => !e.report && !e.error);
    if (entry.report) this.say(t.done(t[entry.report.summary.verdict], entry.report.summary));
    else if (entry.error) this.say(`${entry.name}：${this.problem(entry.error)}`);
    // While other files wait, their cards say so and focus stays where the person is.
    if (busy) return;
    const card = this.root.querySelector('.reports > .report');
    const head = card?.querySelector(':scope > .head') || card;
    if (head) {
      if (head === card) head.setAttribute('tabindex', '-1');
      head.focus();
    }
  }

  say(text) {
    this.message = text;
    const status = this.root.querySelector('.status');
    if (status) status.textContent = this.failure ? this.problem(this.failure) : text;
  }

  // Switching language re-words the diagnostics from the report's findings in the worker;
  // the files are not checked again.
  async relabel() {
    const lang = this.language;
    this.message = '';
    this.entries.forEach((e) => { e.node = null; });
    this.render();
    await Promise.all(this.entries.filter((e) => e.report && e.lang !== lang).map((e) => this.reword(e, lang)));
    if (lang === this.language) {
      this.entries.forEach((e) => { e.node = null; });
      this.renderReports();
    }
  }

  async reword(entry, lang) {
    try {
      entry.report.diagnostics = await engine.render(entry.report, lang);
      entry.lang = lang;
    } catch (error) {
      console.error('nianbao:', error); // the old wording stays: still right, in the other language
    }
  }

  get strings() { return STRINGS[this.language]; }

  // The checker could not start (kept, so every redraw still says so).
  fail(error) {
    this.failure = error;
    this.render();
  }

  // An error in words: the bridge's kinds in the page's language, anything else as it came.
  problem(error) {
    const t = this.strings;
    return t.errors[error?.kind] || t.failed + String(error?.message || error);
  }

  // The frame: title, drop zone, sample, paste box, live region and the reports. Drawn again
  // only when the language or an attribute changes; a finished check redraws its card alone.
  render() {
    const t = this.strings;
    const picker = h('input', { type: 'file', multiple: true, class: 'picker', tabindex: -1, 'aria-hidden': 'true', accept: '.txt,.text,.html,.htm,.md,.markdown,.docx,.xlsx,.pdf,.doc,.wps,.xls', onchange: (event) => { if (event.target.files.length) this.checkFiles([...event.target.files]); event.target.value = ''; } });
    const paste = h('textarea', { class: 'paste', rows: 4, placeholder: t.pasteLabel, oninput: () => { this.pasted = paste.value; } });
    paste.value = this.pasted || '';
    const title = this.hasAttribute('hide-title') ? null : h('div', { class: 'titles' }, h('h2', {}, t.title), h('p', { class: 'sub' }, t.subtitle));
    const langSwitch = this.hasAttribute('hide-lang-switch') ? null
      : h('button', { type: 'button', class: 'lang', lang: this.language === 'en' ? 'zh-CN' : 'en', onclick: () => this.setAttribute('lang', this.language === 'en' ? 'zh' : 'en') }, t.lang);
    const view = h('div', { class: 'root', lang: this.language === 'en' ? 'en' : 'zh-CN' },
      title || langSwitch ? h('header', { class: 'top' }, title, langSwitch) : null,
      h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, this.failure ? this.problem(this.failure) : this.message || ''),
      // Results before the drop zone: after a check the verdict is on the first screen,
      // also on a phone, and the keyboard reaches it first.
      h('div', { class: 'reports' }),
      h('div', { class: 'drop' },
        h('p', {}, t.drop, ' ', h('button', { type: 'button', class: 'pick', onclick: () => picker.click() }, t.pick)),
        h('p', { class: 'hint' }, t.formats), picker,
        h('p', {}, h('button', { type: 'button', class: 'sample', onclick: () => this.add(t.sampleName, sampleReport()) }, t.sample)),
        h('p', { class: 'privacy' }, t.privacy, ' ', t.keep)),
      h('div', { class: 'paste-box' }, h('label', {}, t.pasteLabel, paste),
        h('button', { type: 'button', class: 'paste-check', onclick: () => this.checkPaste() }, t.pasteButton)));
    // The language button keeps focus across the redraw it caused.
    const refocus = this.root.activeElement?.classList.contains('lang');
    this.root.replaceChildren(view);
    this.renderReports();
    if (refocus) this.root.querySelector('.lang')?.focus();
  }

  renderReports() {
    const list = this.root.querySelector('.reports');
    if (!list) return;
    this.root.querySelector('.root')?.classList.toggle('has-results', this.entries.length > 0);
    // A card is drawn again only when its entry changed (entry.node cleared), so focus and
    // scroll inside the other cards survive.
    list.replaceChildren(...this.entries.map((entry) => (entry.node ||= this.card(entry))));
  }

  card(entry) {
    const t = this.strings;
    if (entry.error) {
      return h('div', { class: 'report verdict-unreadable', dataset: { error: entry.error.kind || 'failed' } },
        h('p', {}, h('span', { class: 'file' }, entry.name), '：', h('span', { class: 'error' }, this.problem(entry.error))));
    }
    if (!entry.report) {
      return h('div', { class: 'report pending' }, h('p', {}, h('span', { class: 'file' }, entry.name), ' ', t.checking,
        // Only the running check can be slow, so cancel() stops this one.
        entry.slow ? h('button', { type: 'button', class: 'cancel', onclick: () => { if (entry.slow) engine.cancel(); } }, t.cancel) : null));
    }
    // engine.load() has resolved by the time a report exists: reuse its rules and forms.
    const ctx = { t, lang: this.language, ...engine.cache };
    return renderReport(entry, ctx);
  }
}

// The 试一试 sample (seed 000): inlined in the single file and the embed script, fetched from
// beside the script on the hosted page, where it stays out of the first load.
function sampleReport() {
  if (SAMPLE.inline !== undefined) return new Blob([SAMPLE.inline]);
  return fetch(new URL(SAMPLE.url, SCRIPT_URL)).then((response) => {
    if (!response.ok) throw new Error(`${SAMPLE.url}: ${response.status}`);
    return response.blob();
  });
}
