// Runs inside the checker's Web Worker, after the wasm-bindgen glue (build.mjs joins them
// into WORKER_SOURCE). It instantiates the module the page compiled, then answers one
// message at a time; bridge.js is its only correspondent.

self.onmessage = async ({ data }) => {
  if (data.type === 'init') {
    try {
      await wasm_bindgen({ module_or_path: data.module });
      self.postMessage({ type: 'ready', rules: wasm_bindgen.rules(), forms: wasm_bindgen.forms(), version: wasm_bindgen.version() });
    } catch (error) {
      self.postMessage({ type: 'failed', message: String(error?.message || error) });
    }
    return;
  }
  const { id } = data;
  try {
    let text;
    // Files are read here, not on the page, so a big file never blocks the page.
    const bytes = async (input) => (input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : new Uint8Array(input));
    if (data.type === 'check') {
      text = wasm_bindgen.checkJson(await bytes(data.input), data.name, data.lang);
    } else if (data.type === 'compare' || data.type === 'export') {
      // The batch desk's module, instantiated with the first job that needs it.
      self.deskReady ||= nianbao_desk({ module_or_path: data.desk });
      await self.deskReady;
      text = data.type === 'compare'
        ? nianbao_desk.compareJson(await bytes(data.last), data.lastName, await bytes(data.input), data.name, data.lang)
        : nianbao_desk.exportXlsx(data.json); // the workbook's bytes
    } else {
      text = wasm_bindgen.renderJson(data.json, data.lang);
    }
    self.postMessage({ id, ok: true, text });
  } catch (error) {
    // The checker's own refusals are plain Errors (wasm-bindgen's JsError). Anything else —
    // a RuntimeError from a trap or a panic, a RangeError when memory runs out — may leave the
    // instance broken, so the bridge replaces this worker.
    const trap = !(error instanceof Error) || Object.getPrototypeOf(error) !== Error.prototype;
    self.postMessage({ id, ok: false, trap, message: String(error?.message || error) });
  }
};
