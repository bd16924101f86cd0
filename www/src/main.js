// Registers the element and exposes check() for portals that gate a submission form:
//   const report = await Nianbao.check(file); if (report.summary.verdict !== 'pass') …
if (!customElements.get('nianbao-checker')) customElements.define('nianbao-checker', NianbaoChecker);
if (!window.Nianbao) {
  window.Nianbao = Object.freeze({
    check: (file, options) => engine.check(file, file && file.name, options && options.lang),
    version: engine.version,
  });
}
// Start loading now, so checking a file later makes no request at all.
engine.load().catch(() => {});
