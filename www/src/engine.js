// Loads the checker once — from a URL next to the script (hosted build) or from bytes
// inlined into the script as gzip+base64 (offline and embed builds, which must work from
// file:// where fetch is blocked) — and checks files.

const engine = (() => {
  let ready = null;

  async function source() {
    if (WASM.inline) {
      const packed = Uint8Array.from(atob(WASM.inline), (c) => c.charCodeAt(0));
      const inflated = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(inflated).arrayBuffer();
    }
    return new URL(WASM.url, SCRIPT_URL);
  }

  function load() {
    if (!ready) {
      ready = source()
        .then((module_or_path) => wasm_bindgen({ module_or_path }))
        .then(() => {
          api.cache = { rules: new Map(wasm_bindgen.rules().map((r) => [r.code, r])), forms: wasm_bindgen.forms() };
          return api.cache;
        });
      ready.catch(() => { ready = null; });
    }
    return ready;
  }

  async function bytesOf(input) {
    if (input instanceof Uint8Array) return input;
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    return new Uint8Array(await input.arrayBuffer());
  }

  // check(File | Blob | Uint8Array, name?, lang?) → the nianbao.report/1 object.
  async function check(input, name, lang) {
    await load();
    const bytes = await bytesOf(input);
    try {
      return wasm_bindgen.check(bytes, name || input.name || 'report.txt', lang || 'zh');
    } catch (error) {
      ready = null; // a trapped instance is not reused
      throw error;
    }
  }

  const api = { load, check, cache: null, version: () => load().then(() => wasm_bindgen.version()) };
  return api;
})();
