// Registers the element and exposes check() for portals that gate a submission form:
//   const report = await Nianbao.check(file); if (report.summary.verdict !== 'pass') …
if (!customElements.get('nianbao-checker')) customElements.define('nianbao-checker', NianbaoChecker);
if (!window.Nianbao) {
  window.Nianbao = Object.freeze({
    // A missing or wrong argument is refused in words (NianbaoError, kind "noFile", saying
    // what came instead), at once, not a TypeError and not after the checker starts.
    check: (file, options) => (checkable(file) ? engine.check(file, file.name, { lang: options?.lang }) : Promise.reject(noFileError(file))),
    version: engine.version,
  });
}
// Start the worker now, so checking a file later makes no request at all.
engine.load().catch(() => {});
