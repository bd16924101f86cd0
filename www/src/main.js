// Registers the element and exposes check() for portals that gate a submission form:
//   const report = await Nianbao.check(file); if (report.summary.verdict !== 'pass') …
if (!customElements.get('nianbao-checker')) customElements.define('nianbao-checker', NianbaoChecker);
if (!window.Nianbao) {
  window.Nianbao = Object.freeze({
    // A missing file is refused in words (NianbaoError, kind "noFile"), not a TypeError.
    check: (file, options) => engine.check(file, file?.name, { lang: options?.lang }),
    version: engine.version,
  });
}
// Start the worker now, so checking a file later makes no request at all.
engine.load().catch(() => {});
