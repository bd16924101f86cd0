// <nianbao-checker>: drop zone, file picker and paste box in a Shadow DOM, so a host page's
// styles cannot reach in. Attributes in: lang="zh|en". Event out: "nianbao-report" with the
// report as detail, once per file checked.

class NianbaoChecker extends HTMLElement {
  static get observedAttributes() { return ['lang']; }

  constructor() {
    super();
    this.entries = [];
    this.root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    this.root.adoptedStyleSheets = [sheet];
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
        this.checkFiles([...(event.dataTransfer?.files || [])]);
      });
    }
    this.render();
    engine.load().then(() => { this.failure = null; this.render(); }, (error) => this.fail(error));
  }

  attributeChangedCallback() {
    if (this.built) this.relabel();
  }

  // Checks files (File objects); each is shown first in the list as it is added. The bridge
  // queues them and checks them in order, reading each file inside the worker.
  checkFiles(files) {
    return Promise.all(files.map((file) => this.add(file.name, file)));
  }

  async add(name, input) {
    const entry = { name, open: true };
    this.entries.forEach((e) => { e.open = false; });
    this.entries.unshift(entry);
    this.render();
    const lang = this.language;
    try {
      const report = await engine.check(input, name, { lang, onSlow: () => { entry.slow = true; this.render(); } });
      entry.report = report;
      entry.lang = lang;
      // The language changed while this file waited: re-word it like the others.
      if (lang !== this.language) await this.reword(entry, this.language);
      this.dispatchEvent(new CustomEvent('nianbao-report', { detail: report, bubbles: true, composed: true }));
    } catch (error) {
      entry.error = error;
    }
    entry.slow = false;
    this.render();
  }

  // Switching language re-words the diagnostics from the report's findings in the worker;
  // the files are not checked again.
  async relabel() {
    const lang = this.language;
    this.render();
    await Promise.all(this.entries.filter((e) => e.report && e.lang !== lang).map((e) => this.reword(e, lang)));
    if (lang === this.language) this.render();
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

  render() {
    const t = this.strings;
    const picker = h('input', { type: 'file', multiple: true, class: 'picker', accept: '.txt,.text,.html,.htm,.md,.markdown,.docx,.xlsx,.pdf,.doc,.wps,.xls', onchange: (event) => { this.checkFiles([...event.target.files]); event.target.value = ''; } });
    // The view is redrawn whenever a check ends: the pasted text is kept across redraws.
    const paste = h('textarea', { class: 'paste', rows: 4, 'aria-label': t.pasteLabel, placeholder: t.pasteLabel, oninput: () => { this.pasted = paste.value; } });
    paste.value = this.pasted || '';
    const view = h('div', { class: 'root', lang: this.language === 'en' ? 'en' : 'zh-CN' },
      h('header', { class: 'top' },
        h('div', {}, h('h2', {}, t.title), h('p', { class: 'sub' }, t.subtitle)),
        h('button', { type: 'button', class: 'lang', onclick: () => this.setAttribute('lang', this.language === 'en' ? 'zh' : 'en') }, t.lang)),
      h('div', { class: 'drop' },
        h('p', {}, t.drop, ' ', h('button', { type: 'button', class: 'pick', onclick: () => picker.click() }, t.pick)),
        h('p', { class: 'hint' }, t.formats), picker,
        h('p', { class: 'privacy' }, t.privacy)),
      h('div', { class: 'paste-box' }, h('label', {}, t.pasteLabel, paste),
        h('button', { type: 'button', class: 'paste-check', onclick: () => { if (paste.value.trim()) { this.pasted = ''; this.add(t.pasted, new Blob([paste.value])); } } }, t.pasteButton)),
      h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, this.failure ? this.problem(this.failure) : this.entries.some((e) => !e.report && !e.error) ? t.checking : ''),
      h('div', { class: 'reports' }, this.entries.map((entry) => this.card(entry))));
    this.root.replaceChildren(view);
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
