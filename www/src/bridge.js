// The one place that talks to the checker's Web Worker, used by every build: the page, the
// offline file and the embed script. Checking in a worker keeps the page responsive while a
// big file is read and checked, and lets a check that runs too long be stopped: a running
// wasm call cannot be interrupted, only its worker can be terminated.
//
//   const bridge = createBridge({ main, pdf, desk });  each () → Promise<WebAssembly.Module>
//   await bridge.ready()                       → { rules, forms, version }
//   await bridge.check(file, name, { lang, onSlow })  → the nianbao.report/1 object
//   await bridge.render(report, lang)          → report.diagnostics worded in lang
//   await bridge.compare(last, lastName, file, name, { lang })  → file's report compared with last year's
//   await bridge.exportXlsx(reports)           → the batch workbook's bytes (汇总, 问题, 数值)
//   bridge.cancel()                            stops the running check
//
// Jobs run one at a time in the order given, so a batch of files is simply many check()
// calls. The worker is made from WORKER_SOURCE (the wasm-bindgen glue and worker.js, inlined
// by build.mjs) through a Blob URL: the one way that also works from file://, and it needs
// no second request. The module is compiled once here and handed to each worker, so a fresh
// worker after a stop starts in milliseconds and fetches nothing. The PDF reader's module is
// compiled (fetched, on a hosted page) only when a worker first asks for it (needPdf), and
// sent with the job that asked; a fresh worker asks again and gets it at once.

const LIMITS = {
  slowAfter: 3000, // ms before a check offers its cancel button
  timeout: 20000, // ms before a check is stopped without asking
};

// Errors carry a kind the page words in its own language (STRINGS[lang].errors); their own
// message is the Chinese one, for portals calling Nianbao.check. Kinds: stopped, crashed,
// blocked, noWasm, noFile, noPdf (the PDF module could not be loaded), and failed (the
// checker refused, with its own message).
class NianbaoError extends Error {
  constructor(kind, message) {
    super(message || STRINGS.zh.errors[kind]);
    this.name = 'NianbaoError';
    this.kind = kind;
  }
}

// What the checker can read: a File or Blob, or the bytes themselves.
function checkable(input) {
  return input instanceof Blob || input instanceof Uint8Array || input instanceof ArrayBuffer;
}

// The refusal for anything else, saying what came instead.
function noFileError(given) {
  const what = given === undefined ? '' : given === null ? 'null' : typeof given === 'object' ? given.constructor?.name || 'object' : typeof given;
  return new NianbaoError('noFile', what ? `${STRINGS.zh.errors.noFile}（收到的是 ${what}）` : undefined);
}

function createBridge(compilers, limits = LIMITS) {
  let module = null; // Promise<WebAssembly.Module>, made on first use
  let pdfModule = null; // the same for the PDF reader, made when the first PDF arrives
  let deskModule = null; // the same for the batch desk, made when a batch first needs it
  let url = null; // Blob URL of WORKER_SOURCE, made once and kept for fresh workers
  let session = null; // { worker, ready } of the live worker
  let running = null; // the job in the worker
  const queue = [];
  const urgent = []; // re-wording jobs: quick, and the user is waiting for them
  const sources = new WeakMap(); // report → the JSON text it was parsed from, for render
  let nextId = 1;

  function open() {
    if (session) return session;
    if (!module) {
      module = compilers.main();
      module.catch(() => { module = null; });
    }
    const s = { worker: null };
    s.ready = module.then((compiled) => new Promise((resolve, reject) => {
      let worker;
      try {
        url ||= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
        worker = new Worker(url, { name: 'nianbao' });
      } catch (error) {
        reject(new NianbaoError('blocked'));
        return;
      }
      s.worker = worker;
      let started = false;
      worker.onmessage = ({ data }) => {
        if (data.type === 'ready') { started = true; resolve(data); }
        else if (data.type === 'failed') reject(new NianbaoError('failed', data.message));
        else answer(s, data);
      };
      // Before 'ready' an error means the worker could not start (a CSP without
      // worker-src blob:); after it, the worker died under a job.
      worker.onerror = (event) => {
        event.preventDefault();
        if (!started) reject(new NianbaoError('blocked'));
        else if (running?.session === s) stop(running, 'crashed');
        else close(s); // died between jobs: the next job starts a fresh one
      };
      worker.postMessage({ type: 'init', module: compiled });
    }));
    s.ready.catch(() => close(s));
    session = s;
    return s;
  }

  function close(s) {
    s.worker?.terminate();
    if (session === s) session = null;
  }

  function enqueue(job, lane) {
    return new Promise((resolve, reject) => {
      Object.assign(job, { resolve, reject });
      job.message.id = nextId++;
      lane.push(job);
      pump();
    });
  }

  async function pump() {
    if (running) return;
    const job = urgent.shift() || queue.shift();
    if (!job) return;
    running = job;
    const s = open();
    try {
      await s.ready;
    } catch (error) {
      finish(job, error);
      return;
    }
    if (running !== job) return; // cancelled while the worker started
    job.session = s;
    if (job.onSlow) job.slowTimer = setTimeout(() => { if (running === job) job.onSlow(); }, limits.slowAfter);
    job.hardTimer = setTimeout(() => stop(job, 'stopped'), limits.timeout);
    s.worker.postMessage(job.message);
  }

  function finish(job, error, value) {
    clearTimeout(job.slowTimer);
    clearTimeout(job.hardTimer);
    if (running === job) running = null;
    if (error) job.reject(error);
    else job.resolve(value);
    pump();
  }

  // Ends the running job and its worker; the next job starts a fresh worker.
  function stop(job, kind) {
    if (running !== job) return;
    if (job.session) close(job.session);
    finish(job, new NianbaoError(kind));
  }

  function answer(s, data) {
    const job = running;
    if (!job || job.session !== s || data.id !== job.message.id) return;
    if (data.needPdf) {
      sendWithPdf(s, job);
    } else if (data.ok) {
      finish(job, null, data.text);
    } else if (data.trap) {
      // A trapped wasm instance is in an unknown state: never reuse it.
      console.error('nianbao:', data.message);
      close(s);
      finish(job, new NianbaoError('crashed'));
    } else {
      finish(job, new NianbaoError('failed', data.message));
    }
  }

  // The worker met a PDF before it had the PDF module: compile it (once) and send the job again.
  async function sendWithPdf(s, job) {
    if (!pdfModule) {
      pdfModule = compilers.pdf();
      pdfModule.catch(() => { pdfModule = null; });
    }
    let compiled;
    try {
      compiled = await pdfModule;
    } catch (error) {
      console.error('nianbao:', error);
      if (running === job) finish(job, new NianbaoError('noPdf'));
      return;
    }
    if (running !== job || job.session !== s) return; // stopped meanwhile
    job.message.pdf = compiled;
    s.worker.postMessage(job.message);
  }

  async function check(input, name, options = {}) {
    if (!checkable(input)) throw noFileError(input);
    const message = { type: 'check', input, name: name || input.name || 'report.txt', lang: options.lang === 'en' ? 'en' : 'zh' };
    const text = await enqueue({ message, onSlow: options.onSlow }, queue);
    const report = JSON.parse(text);
    sources.set(report, text);
    return report;
  }

  async function render(report, lang) {
    const json = sources.get(report) || JSON.stringify(report);
    return JSON.parse(await enqueue({ message: { type: 'render', json, lang: lang === 'en' ? 'en' : 'zh' } }, urgent));
  }

  // The desk's module, sent with each desk job (the worker instantiates it once).
  function desk() {
    if (!deskModule) {
      deskModule = compilers.desk();
      deskModule.catch(() => { deskModule = null; });
    }
    return deskModule;
  }

  // `input`'s report compared with `last`, last year's report of the same unit (desk module).
  async function compare(last, lastName, input, name, options = {}) {
    const message = { type: 'compare', desk: await desk(), last, lastName, input, name, lang: options.lang === 'en' ? 'en' : 'zh' };
    const text = await enqueue({ message }, queue);
    const report = JSON.parse(text);
    sources.set(report, text);
    return report;
  }

  // The batch workbook's bytes (desk module). Serialized afresh: a report re-worded in
  // another language no longer matches its text.
  async function exportXlsx(reports) {
    return enqueue({ message: { type: 'export', desk: await desk(), json: JSON.stringify(reports) } }, urgent);
  }

  function cancel() {
    if (running) stop(running, 'stopped');
  }

  return { ready: () => open().ready, check, render, compare, exportXlsx, cancel };
}
