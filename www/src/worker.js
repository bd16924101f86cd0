// Runs inside the checker's Web Worker, after the wasm-bindgen glues (build.mjs joins them
// into WORKER_SOURCE). It instantiates the module the page compiled, then answers one
// message at a time; bridge.js is its only correspondent.
//
// A PDF, Word or Excel file (as the main module's separateReader tells, by the same tests its
// own reader uses) is read by the reader module (global nianbao_pdf) and checked by the main
// one (checkReadJson), so it gets the same report as any other format. The page compiles that
// module only for the first such file: a check of a PDF before then answers { needPdf }, and the
// bridge sends the same job again with the compiled module.

let pdfStarted = false;
let deskStarted = null; // the desk module's start, once a batch needs it

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
    if (data.type === 'check') {
      // The file is read here, not on the page, so a big file never blocks the page.
      const bytes = data.input instanceof Blob ? new Uint8Array(await data.input.arrayBuffer()) : new Uint8Array(data.input);
      const reader = wasm_bindgen.separateReader(bytes, data.name);
      if (reader) {
        if (!pdfStarted && !data.pdf) {
          self.postMessage({ id, needPdf: true });
          return;
        }
        if (!pdfStarted) {
          await nianbao_pdf({ module_or_path: data.pdf });
          pdfStarted = true;
        }
        const read = reader === 'pdf' ? nianbao_pdf.readPdf(bytes) : nianbao_pdf.readOffice(bytes, data.name);
        text = wasm_bindgen.checkReadJson(read, bytes.length, data.name, data.lang);
      } else {
        text = wasm_bindgen.checkJson(bytes, data.name, data.lang);
      }
    } else if (data.type === 'compare' || data.type === 'export') {
      // The batch desk's module, instantiated with the first job that needs it.
      deskStarted ||= nianbao_desk({ module_or_path: data.desk });
      await deskStarted;
      const read = async (input) => (input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : new Uint8Array(input));
      text = data.type === 'compare'
        ? nianbao_desk.compareJson(await read(data.last), data.lastName, await read(data.input), data.name, data.lang)
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
