// The page's one checker: a bridge to the worker, with the modules compiled from a URL next
// to the script (hosted build) or from bytes inlined as gzip+base64 (offline and embed
// builds, which must work from file:// where fetch is blocked). The PDF reader's module
// (PDF_WASM) is compiled only when the worker meets the first PDF. The rule catalogue and the
// forms are asked for once and kept, since every card draws from them.

const engine = (() => {
  // A host page whose CSP lacks 'wasm-unsafe-eval' refuses to compile: say what to add.
  function compile(source) {
    return compileModule(source).catch((error) => {
      if (/Content.Security.Policy|unsafe-eval/i.test(String(error?.message))) throw new NianbaoError('noWasm');
      throw error;
    });
  }

  async function compileModule(source) {
    if (source.inline) {
      const packed = Uint8Array.from(atob(source.inline), (c) => c.charCodeAt(0));
      const inflated = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
      return WebAssembly.compile(await new Response(inflated).arrayBuffer());
    }
    // Not compileStreaming: a portal's server may not send application/wasm.
    const response = await fetch(new URL(source.url, SCRIPT_URL));
    if (!response.ok) throw new Error(`${source.url}: ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  }

  // The desk's module (checks across reports, the workbook) is compiled when a batch first needs it.
  const bridge = createBridge({ main: () => compile(WASM), pdf: () => compile(PDF_WASM), desk: () => compile(DESK_WASM) });
  let loaded = null;

  function load() {
    if (!loaded) {
      loaded = bridge.ready().then((info) => {
        api.cache = { rules: new Map(info.rules.map((r) => [r.code, r])), forms: info.forms, version: info.version };
        return api.cache;
      });
      loaded.catch(() => { loaded = null; });
    }
    return loaded;
  }

  // check(File | Blob | Uint8Array, name?, { lang, onSlow }) → the nianbao.report/1 object.
  async function check(input, name, options) {
    await load();
    return bridge.check(input, name, options);
  }

  const api = {
    load,
    check,
    render: bridge.render,
    compare: bridge.compare,
    exportXlsx: bridge.exportXlsx,
    cancel: bridge.cancel,
    cache: null,
    version: () => load().then((cache) => cache.version),
  };
  return api;
})();
