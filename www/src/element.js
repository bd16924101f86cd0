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
    engine.load().then(() => this.render(), (error) => this.fail(error));
  }

  attributeChangedCallback() {
    if (this.built) this.recheck();
  }

  // Checks files (File objects) and shows them first in the list.
  async checkFiles(files) {
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await this.add(file.name, bytes);
    }
  }

  async add(name, bytes) {
    const entry = { name, bytes, open: true, lines: sourceLines(bytes) };
    this.entries.forEach((e) => { e.open = false; });
    this.entries.unshift(entry);
    this.status(this.strings.checking);
    try {
      entry.report = await engine.check(bytes, name, this.language);
      this.dispatchEvent(new CustomEvent('nianbao-report', { detail: entry.report, bubbles: true, composed: true }));
    } catch (error) {
      entry.error = String(error?.message || error);
    }
    this.status('');
    this.render();
  }

  async recheck() {
    for (const entry of this.entries) {
      try { entry.report = await engine.check(entry.bytes, entry.name, this.language); } catch (error) { entry.error = String(error?.message || error); }
    }
    this.render();
  }

  get strings() { return STRINGS[this.language]; }

  status(text) {
    const el = this.root.querySelector('.status');
    if (el) el.textContent = text;
  }

  fail(error) {
    this.status(this.strings.failed + String(error?.message || error));
  }

  render() {
    const t = this.strings;
    const picker = h('input', { type: 'file', multiple: true, class: 'picker', accept: '.txt,.text,.html,.htm,.md,.markdown,.docx,.xlsx,.pdf,.doc,.wps,.xls', onchange: (event) => { this.checkFiles([...event.target.files]); event.target.value = ''; } });
    const paste = h('textarea', { class: 'paste', rows: 4, 'aria-label': t.pasteLabel, placeholder: t.pasteLabel });
    const view = h('div', { class: 'root', lang: this.language === 'en' ? 'en' : 'zh-CN' },
      h('header', { class: 'top' },
        h('div', {}, h('h2', {}, t.title), h('p', { class: 'sub' }, t.subtitle)),
        h('button', { type: 'button', class: 'lang', onclick: () => this.setAttribute('lang', this.language === 'en' ? 'zh' : 'en') }, t.lang)),
      h('div', { class: 'drop' },
        h('p', {}, t.drop, ' ', h('button', { type: 'button', class: 'pick', onclick: () => picker.click() }, t.pick)),
        h('p', { class: 'hint' }, t.formats), picker,
        h('p', { class: 'privacy' }, t.privacy)),
      h('div', { class: 'paste-box' }, h('label', {}, t.pasteLabel, paste),
        h('button', { type: 'button', class: 'paste-check', onclick: () => { if (paste.value.trim()) this.add(t.pasted, new TextEncoder().encode(paste.value)); } }, t.pasteButton)),
      h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
      h('div', { class: 'reports' }, this.entries.map((entry) => this.card(entry))));
    this.root.replaceChildren(view);
  }

  card(entry) {
    if (entry.error) return h('div', { class: 'report verdict-unreadable' }, h('p', {}, entry.name, '：', this.strings.failed, entry.error));
    if (!entry.report) return h('div', { class: 'report' }, h('p', {}, entry.name, ' ', this.strings.checking));
    // engine.load() has resolved by the time a report exists: reuse its rules and forms.
    const ctx = { t: this.strings, lang: this.language, ...engine.cache };
    return renderReport(entry, ctx);
  }

}

// The text of a text-like file, split into lines, to show the line a problem came from.
function sourceLines(bytes) {
  if (bytes.length > 20_000_000 || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return null;
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  let text = new TextDecoder(label).decode(bytes);
  if (label === 'utf-8' && text.includes('\ufffd')) text = new TextDecoder('gb18030').decode(bytes);
  return text.split('\n');
}
