// pyctk serve: the page. Plain JavaScript, no libraries: it asks the server (server.py) for
// a file's header and listing, starts a worker per run, and follows the run's events.
"use strict";

const $ = (sel) => document.querySelector(sel);

const S = {
  file: null,         // what /api/open or /api/upload answered
  codes: [],          // the code objects of the listing, depth first
  shown: null,        // index of the code object on screen
  selected: null,     // {code, index, offset}: the clicked instruction
  line: null,         // the source line picked by a click
  session: null,      // {id, mode, next, done, afterFirstPause}
  state: "idle",      // idle | starting | running | paused | exited
  snapshot: null,     // the last "paused" event
  previous: null,     // the one before (to mark changed locals)
  chosen: null,       // index in snapshot.frames of the frame looked at
  steps: 0,
};

// -- talking to the server ---------------------------------------------------------------

async function api(method, url, body, raw) {
  const options = { method, headers: { "X-Pyctk": "1" } };
  if (raw !== undefined) {
    options.body = raw;
    options.headers["Content-Type"] = "application/octet-stream";
  } else if (body !== undefined) {
    options.body = JSON.stringify(body);
    options.headers["Content-Type"] = "application/json";
  }
  const response = await fetch(url, options);
  let data;
  try {
    data = await response.json();
  } catch (e) {
    data = { error: `pyctk serve: ${response.status} ${response.statusText}` };
  }
  if (!response.ok && !data.error) data.error = `pyctk serve: ${response.status} ${response.statusText}`;
  return data;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function showError(message) {
  const box = $("#error");
  box.textContent = message || "";
  box.hidden = !message;
}

// -- opening a file --------------------------------------------------------------------------

async function loadExamples() {
  const list = await api("GET", "/api/examples");
  const select = $("#examples");
  for (const example of Array.isArray(list) ? list : []) {
    const text = example.what ? `${example.label} — ${example.what}` : example.label;
    select.append(el("option", { value: example.id, text, title: example.path }));
  }
}

async function openExample(id) {
  if (!id) return;
  await endSession();
  setBusyTitle("opening…");
  showFile(await api("POST", `/api/open?example=${encodeURIComponent(id)}`));
}

async function openUpload(file) {
  await endSession();
  $("#examples").value = ""; // the examples list no longer names what is open
  setBusyTitle(`reading ${file.name}…`);
  const data = await file.arrayBuffer();
  showFile(await api("POST", `/api/upload?name=${encodeURIComponent(file.name)}`, undefined, data));
}

function setBusyTitle(text) {
  $("#file-title").textContent = text;
}

function showFile(result) {
  S.file = result;
  S.codes = (result.dis && result.dis.code_objects) || [];
  S.shown = null;
  S.selected = null;
  S.line = null;
  S.snapshot = S.previous = null;
  S.chosen = null;
  S.steps = 0;
  S.session = null;
  setStatus(""); // nothing of the previous file's run stays on screen
  const title = $("#file-title");
  title.textContent = result.label || result.name || "";
  const version = (result.info && result.info.version) || (result.dis && result.dis.version);
  if (version) title.append(el("span", { class: "version", text: `CPython ${version}` }));
  showError(result.error);
  $("#welcome").hidden = true;
  if (!result.dis) {
    $("#workspace").hidden = true;
    if (!result.error) showError("pyctk serve: no listing for this file");
    return;
  }
  $("#workspace").hidden = false;
  renderInfo(result.info || {});
  renderTree();
  renderSource();
  $("#handlers-title").textContent = hasExceptionTable() ? "Exception handler" : "Block stack";
  $("#output").textContent = "";
  setExitNote("", "");
  renderFrames();
  renderFrameDetails();
  showCode(0);
  setState("idle");
}

function hasExceptionTable() {
  const [major, minor] = String(S.file.dis.version).split(".").map(Number);
  return major > 3 || (major === 3 && minor >= 11);
}

function renderInfo(info) {
  const table = $("#info");
  table.replaceChildren();
  const row = (name, value) => {
    if (value === null || value === undefined || value === "") return;
    table.append(el("tr", {}, el("th", { text: name }), el("td", { text: String(value) })));
  };
  row("file", S.file.name);
  row("version", info.version ? `CPython ${info.version}` : null);
  if (info.magic !== undefined) {
    const bytes = [info.magic & 255, (info.magic >> 8) & 255, 13, 10].map((b) => b.toString(16).padStart(2, "0"));
    row("magic", `${info.magic} (${bytes.join(" ")})`);
  }
  if (info.flags !== null && info.flags !== undefined) row("flags", `0x${info.flags.toString(16).padStart(8, "0")}`);
  row("invalidation", info.invalidation);
  row("mtime", info.mtime_iso ? info.mtime_iso.replace("+00:00", "Z") : null);
  row("source size", info.source_size !== null && info.source_size !== undefined ? `${info.source_size} bytes` : null);
  row("source hash", info.source_hash);
  row("header size", info.header_size ? `${info.header_size} bytes` : null);
  row("code objects", S.codes.length);
}

function renderTree() {
  const root = $("#tree");
  root.replaceChildren();
  const parents = S.file.parents || [];
  const summary = (S.file.info && S.file.info.code_objects) || [];
  const lists = new Map();
  S.codes.forEach((code, i) => {
    const count = code.instructions.length;
    const node = el(
      "div",
      { class: "node", "data-code": i, title: `${code.co_filename}, line ${code.co_firstlineno}` },
      el("span", { class: "qualname", text: code.co_qualname }),
      el("span", { class: "meta", text: `line ${code.co_firstlineno} · ${count} ins` }),
    );
    node.addEventListener("click", () => showCode(i, { top: true }));
    const item = el("li", {}, node);
    let parent = parents[i];
    if (parent === undefined) {
      // no tree from the worker: use the depth of `pyctk info`
      const depth = summary[i] ? summary[i].depth : 0;
      parent = null;
      for (let j = i - 1; j >= 0 && depth > 0; j--) {
        if ((summary[j] ? summary[j].depth : 0) === depth - 1) { parent = j; break; }
      }
    }
    if (parent === null || parent === undefined || !lists.has(parent)) {
      root.append(item);
    } else {
      lists.get(parent).append(item);
    }
    const children = el("ul");
    item.append(children);
    lists.set(i, children);
  });
}

function renderSource() {
  const box = $("#source");
  box.replaceChildren();
  const lines = S.file.source;
  $("#source-title").replaceChildren("Source");
  if (S.file.source_name) $("#source-title").append(el("span", { class: "code-name", text: ` ${S.file.source_name}` }));
  if (!lines) {
    box.append(el("p", { class: "empty", text: "The source is not known for this file." }));
    return;
  }
  lines.forEach((text, i) => {
    const n = i + 1;
    const row = el("div", { class: "src", "data-line": n }, el("span", { class: "n", text: n }), el("span", { text: text || " " }));
    row.addEventListener("click", () => pickSourceLine(n));
    box.append(row);
  });
}

// -- the listing -----------------------------------------------------------------------------

function showCode(index, options = {}) {
  const code = S.codes[index];
  if (!code) return;
  const changed = S.shown !== index;
  S.shown = index;
  const listing = $("#listing");
  listing.setAttribute("data-code-index", index);
  const args = [`${code.co_argcount} args`];
  if (code.co_kwonlyargcount) args.push(`${code.co_kwonlyargcount} keyword-only`);
  $("#listing-title").replaceChildren(
    document.createTextNode("Disassembly of "),
    el("span", { class: "code-name", text: code.co_qualname }),
    el("span", {
      class: "hint",
      text: `${code.co_filename}, line ${code.co_firstlineno} · ${args.join(", ")} · stack size ${code.co_stacksize}` +
        (code.flags && code.flags.length ? ` · ${code.flags.join(" | ")}` : ""),
    }),
  );
  if (changed) {
    listing.replaceChildren();
    const links = (S.file.links && S.file.links[index]) || {};
    for (const ins of code.instructions) listing.append(instructionRow(code, ins, links));
    if (code.exception_table && code.exception_table.length) listing.append(exceptionTable(code));
    if (!code.instructions.length) listing.append(el("div", { class: "note", text: "(no instructions)" }));
  }
  for (const node of document.querySelectorAll("#tree .node")) {
    node.classList.toggle("shown", Number(node.dataset.code) === index);
  }
  markListing();
  if (options.top) listing.parentElement.scrollTop = 0;
}

function instructionRow(code, ins, links) {
  const row = el("div", {
    class: "ins" + (ins.starts_line !== null && ins.index > 0 ? " starts" : ""),
    "data-index": ins.index,
    "data-offset": ins.offset,
    title: ins.line !== null ? `line ${ins.line}` : "no line",
  });
  row.append(el("span", { class: "mark" }));
  row.append(
    ins.starts_line !== null
      ? el("span", { class: "lineno link", "data-line": ins.starts_line, text: ins.starts_line, title: `line ${ins.starts_line}: show it` })
      : el("span", { class: "lineno" }),
  );
  row.append(el("span", { class: "jt", text: ins.is_jump_target ? ">>" : "" }));
  row.append(el("span", { class: "offset", text: ins.offset }));
  row.append(el("span", { class: "opname", text: ins.opname }));
  row.append(el("span", { class: "arg", text: ins.arg === null ? "" : ins.arg }));
  const argrepr = ins.argrepr ? `(${ins.argrepr})` : "";
  if (ins.target !== null && ins.target !== undefined) {
    row.append(el("span", { class: "argrepr jump", "data-target": ins.target, text: argrepr, title: `go to offset ${ins.target_offset}` }));
  } else if (links[ins.index] !== undefined) {
    const target = S.codes[links[ins.index]];
    row.append(el("span", { class: "argrepr code", "data-code": links[ins.index], text: argrepr, title: `show ${target ? target.co_qualname : "it"}` }));
  } else {
    row.append(el("span", { class: "argrepr", text: argrepr, title: ins.argrepr || "" }));
  }
  return row;
}

function exceptionTable(code) {
  const box = el("div", { class: "extable" }, el("div", { text: "ExceptionTable:", style: "padding-left:0" }));
  for (const e of code.exception_table) {
    box.append(
      el(
        "div",
        {},
        `${e.start_offset} to ${e.end_offset - 2} -> `,
        el("a", { class: "link", "data-target": e.target, text: String(e.target_offset) }),
        ` [${e.depth}]${e.lasti ? " lasti" : ""}`,
      ),
    );
  }
  return box;
}

// Scroll a panel (only it, not the page) so that `row` is in view, centred if it was not.
function reveal(row) {
  if (!row) return;
  const panel = row.closest(".panel");
  const top = row.getBoundingClientRect().top - panel.getBoundingClientRect().top;
  const header = panel.querySelector("h2");
  const margin = (header ? header.offsetHeight : 0) + 8;
  if (top < margin || top + row.offsetHeight > panel.clientHeight - 8) {
    panel.scrollTop += top - panel.clientHeight / 2;
  }
}

function rowAt(index) {
  return $(`#listing .ins[data-index="${index}"]`);
}

function goToInstruction(index) {
  const row = rowAt(index);
  if (!row) return;
  selectInstruction(index);
  reveal(row);
  row.classList.remove("flash");
  void row.offsetWidth; // restart the animation
  row.classList.add("flash");
}

function selectInstruction(index) {
  const code = S.codes[S.shown];
  const ins = code.instructions[index];
  if (S.selected && S.selected.code === S.shown && S.selected.index === index) {
    S.selected = null;
  } else {
    S.selected = { code: S.shown, index, offset: ins.offset };
  }
  markListing();
  updateButtons();
}

function markListing() {
  const rows = document.querySelectorAll("#listing .ins");
  for (const row of rows) row.classList.remove("current", "outer", "selected", "same-line");
  if (S.selected && S.selected.code === S.shown) {
    const row = rowAt(S.selected.index);
    if (row) row.classList.add("selected");
  }
  if (S.line !== null) {
    const code = S.codes[S.shown];
    for (const ins of code.instructions) {
      if (ins.line === S.line) rowAt(ins.index).classList.add("same-line");
    }
  }
  const snap = viewedSnapshot();
  if (snap) {
    const frames = snap.frames;
    const inner = frames[frames.length - 1];
    const chosen = frames[S.chosen];
    if (inner.code_index === S.shown && inner.index !== null) {
      const row = rowAt(inner.index);
      if (row) row.classList.add("current");
    }
    if (chosen && chosen !== inner && chosen.code_index === S.shown && chosen.index !== null) {
      const row = rowAt(chosen.index);
      if (row) row.classList.add("outer");
    }
  }
  markSource();
}

function markSource() {
  for (const row of document.querySelectorAll("#source .src")) row.classList.remove("current", "same-line");
  if (S.line !== null) {
    const row = $(`#source .src[data-line="${S.line}"]`);
    if (row) row.classList.add("same-line");
  }
  const snap = viewedSnapshot();
  const frame = snap ? snap.frames[S.chosen] : null;
  if (frame && frame.code_index !== null && frame.code_index !== undefined && frame.line) {
    const row = $(`#source .src[data-line="${frame.line}"]`);
    if (row) row.classList.add("current");
  }
}

function revealSourceLine() {
  reveal($("#source .src.current"));
}

function pickLine(line) {
  S.line = S.line === line ? null : line;
  markListing();
  if (S.line !== null) {
    const row = $(`#source .src[data-line="${line}"]`);
    if (row) reveal(row);
  }
}

function pickSourceLine(line) {
  const has = (i) => S.codes[i].instructions.some((ins) => ins.line === line);
  let index = S.shown !== null && has(S.shown) ? S.shown : null;
  if (index === null) {
    // the innermost code object holding the line: the last one depth first
    for (let i = S.codes.length - 1; i >= 0; i--) if (has(i)) { index = i; break; }
  }
  if (index === null) return;
  showCode(index);
  S.line = line;
  markListing();
  const first = S.codes[index].instructions.find((ins) => ins.line === line);
  if (first) reveal(rowAt(first.index));
}

// -- the run: frames, stacks, locals ------------------------------------------------------------

function renderFrames() {
  const list = $("#frames");
  list.replaceChildren();
  const snap = viewedSnapshot();
  if (!snap) {
    list.append(el("li", { class: "empty", text: S.state === "running" ? "running…" : "not running" }));
    return;
  }
  if (snap.postmortem) {
    list.append(el("li", { class: "postmortem-head", text: `Uncaught ${snap.exception}: the stack where it was raised` }));
  }
  if (snap.hidden) list.append(el("li", { class: "more", text: `… ${snap.hidden} outer frames not shown` }));
  snap.frames.forEach((frame, i) => {
    const foreign = frame.code_index === null || frame.code_index === undefined;
    const item = el(
      "li",
      {
        class: (i === S.chosen ? "chosen " : "") + (foreign ? "foreign" : ""),
        "data-frame": i,
        title: `${frame.filename}, line ${frame.line}`,
      },
      el("span", { class: "name", text: frame.code }),
      foreign ? el("span", { class: "other-file", text: `in ${frame.filename}: another file, no listing here` }) : null,
      el("span", { class: "where", text: `line ${frame.line} · @${frame.offset}` }),
    );
    item.addEventListener("click", () => chooseFrame(i));
    list.append(item);
  });
}

// The snapshot the panels show: the paused run's, or after a run that an uncaught exception
// ended, the post-mortem one (the stack where the exception was raised).
function viewedSnapshot() {
  if (!S.snapshot) return null;
  if (S.state === "paused" || (S.state === "exited" && S.snapshot.postmortem)) return S.snapshot;
  return null;
}

function chooseFrame(i) {
  S.chosen = i;
  const frame = S.snapshot.frames[i];
  renderFrames();
  renderFrameDetails();
  if (frame.code_index !== null && frame.code_index !== undefined) {
    showCode(frame.code_index);
    reveal(rowAt(frame.index));
  }
  revealSourceLine();
}

function renderFrameDetails() {
  const stack = $("#stack");
  const handlers = $("#handlers");
  const locals = $("#locals");
  stack.replaceChildren();
  handlers.replaceChildren();
  locals.replaceChildren();
  const snap = viewedSnapshot();
  const frame = snap ? snap.frames[S.chosen] : null;
  $("#stack-frame").textContent = frame ? `${frame.code} · top first` : "";
  if (!frame) {
    stack.append(el("li", { class: "empty", text: "—" }));
    handlers.append(el("li", { class: "empty", text: "—" }));
    return;
  }
  if (!frame.stack.length) stack.append(el("li", { class: "empty", text: "empty" }));
  for (let i = frame.stack.length - 1; i >= 0; i--) {
    stack.append(
      el(
        "li",
        { class: i === frame.stack.length - 1 ? "top" : "", "data-pos": i },
        el("span", { class: "pos", text: i === frame.stack.length - 1 ? "top" : String(i) }),
        el("span", { class: "val", text: frame.stack[i] }),
      ),
    );
  }
  if (!frame.handlers.length) {
    handlers.append(el("li", { class: "empty", text: hasExceptionTable() ? "none covers this instruction" : "empty" }));
  }
  for (const h of frame.handlers) handlers.append(handlerItem(frame, h));
  const before = previousFrame(frame);
  const names = Object.keys(frame.locals);
  const dunder = (name) => name.startsWith("__") && name.endsWith("__");
  names.sort((a, b) => dunder(a) - dunder(b));
  if (!names.length) locals.append(el("tr", {}, el("td", { class: "empty", text: "none" })));
  for (const name of names) {
    const value = frame.locals[name];
    const changed = before && before.locals[name] !== value;
    locals.append(
      el(
        "tr",
        { class: (changed ? "changed " : "") + (dunder(name) ? "dunder" : ""), "data-name": name },
        el("td", { class: "name", text: name }),
        el("td", { class: "val", text: value }),
      ),
    );
  }
}

function previousFrame(frame) {
  // the same frame in the previous pause: same depth and code (nothing to compare otherwise)
  if (!S.previous) return null;
  return S.previous.frames.find((f) => f.depth === frame.depth && f.code === frame.code && f.filename === frame.filename) || null;
}

function offsetOf(frame, index) {
  const code = S.codes[frame.code_index];
  const ins = code && code.instructions[index];
  return ins ? ins.offset : null;
}

function handlerItem(frame, h) {
  if (h.kind === "exception-table") {
    const item = el("li", {}, el("span", { class: "kind", text: "try " }), `${h.start} to ${h.end - 2} → `);
    item.append(jumpLink(frame, null, h.target));
    item.append(` [depth ${h.depth}]${h.lasti ? " lasti" : ""}`);
    return item;
  }
  const offset = frame.code_index !== null && frame.code_index !== undefined ? offsetOf(frame, h.handler) : null;
  const item = el("li", {}, el("span", { class: "kind", text: h.kind }), " → ");
  item.append(jumpLink(frame, h.handler, offset));
  item.append(` (stack level ${h.level})`);
  return item;
}

function jumpLink(frame, index, offset) {
  if (offset === null || frame.code_index === null || frame.code_index === undefined) {
    return document.createTextNode(index !== null ? `instruction ${index}` : String(offset));
  }
  const link = el("a", { class: "link", text: `offset ${offset}` });
  link.addEventListener("click", () => {
    showCode(frame.code_index);
    const ins = S.codes[frame.code_index].instructions.find((i) => i.offset === offset);
    if (ins) goToInstruction(ins.index);
  });
  return link;
}

// -- sessions ---------------------------------------------------------------------------------------

function setState(state) {
  S.state = state;
  const status = $("#status");
  status.dataset.state = state;
  status.dataset.steps = S.steps;
  status.classList.remove("bad");
  updateButtons();
}

function updateButtons() {
  const paused = S.state === "paused";
  const busy = S.state === "starting" || S.state === "running";
  const open = !!(S.file && S.file.dis);
  $("#run").disabled = !open || busy;
  $("#step").disabled = !open || busy;
  $("#next").disabled = !paused;
  $("#continue").disabled = !paused;
  $("#to-here").disabled = !open || busy || !S.selected;
  $("#stop").disabled = !(paused || busy);
}

function setStatus(text) {
  $("#status").textContent = text;
}

function setExitNote(text, kind) {
  const note = $("#exit-note");
  note.textContent = text;
  note.className = `hint ${kind || ""}`;
}

async function startSession(mode) {
  setState("starting"); // no second start while the first one is on its way
  await endSession();
  $("#output").textContent = "";
  setExitNote("", "");
  S.snapshot = S.previous = null;
  S.steps = 0;
  setState("starting");
  setStatus(mode === "run" ? "Running…" : "Starting…");
  renderFrames();
  renderFrameDetails();
  markListing();
  const answer = await api("POST", `/api/docs/${S.file.doc}/session`, { mode, stdin: $("#stdin").value });
  if (answer.error) {
    setState("exited");
    setStatus(answer.error);
    $("#status").classList.add("bad");
    return null;
  }
  const session = { id: answer.session, mode, next: 0, done: false, afterFirstPause: null, failures: 0 };
  S.session = session;
  setState(mode === "run" ? "running" : "starting");
  follow(session);
  return session;
}

async function endSession() {
  const session = S.session;
  S.session = null;
  if (session && !session.done) {
    session.done = true;
    try {
      await api("POST", `/api/sessions/${session.id}/stop`);
    } catch (e) {
      /* the server has gone: nothing to stop */
    }
  }
}

async function follow(session) {
  while (S.session === session && !session.done) {
    let answer;
    try {
      answer = await api("GET", `/api/sessions/${session.id}/events?since=${session.next}`);
    } catch (e) {
      session.failures += 1;
      if (session.failures > 5) {
        setState("exited");
        setStatus("The server is not answering.");
        $("#status").classList.add("bad");
        return;
      }
      await sleep(500);
      continue;
    }
    if (S.session !== session) return;
    if (answer.error) {
      session.done = true;
      finishRun({ type: "exit", status: null, message: answer.error });
      return;
    }
    session.failures = 0;
    for (const event of answer.events) handleEvent(session, event);
    session.next = answer.next;
    if (answer.done) session.done = true;
  }
}

function handleEvent(session, event) {
  if (event.type === "output") appendOutput(event.stream, event.text);
  else if (event.type === "paused") onPaused(session, event);
  else if (event.type === "exit") finishRun(event);
}

function appendOutput(stream, text) {
  const out = $("#output");
  const atBottom = out.parentElement.scrollHeight - out.parentElement.scrollTop - out.parentElement.clientHeight < 30;
  const cls = stream === "stdout" ? "stdout" : stream === "stderr" ? "stderr" : stream === "error" ? "error" : "note";
  const last = out.lastElementChild;
  if (last && last.className === cls) last.firstChild.appendData(text);
  else out.append(el("span", { class: cls }, text));
  if (atBottom) out.parentElement.scrollTop = out.parentElement.scrollHeight;
}

function onPaused(session, event) {
  S.previous = S.snapshot;
  S.snapshot = event;
  S.steps = event.steps;
  S.chosen = event.frames.length - 1;
  const inner = event.frames[S.chosen];
  if (session.afterFirstPause) {
    const next = session.afterFirstPause;
    session.afterFirstPause = null;
    if (!(inner.code_index === next.code && inner.offset === next.offset)) {
      S.state = "paused";
      sendCommand("to", { code: next.code, offset: next.offset });
      return;
    }
  }
  setState("paused");
  renderFrames();
  renderFrameDetails();
  if (inner.code_index !== null && inner.code_index !== undefined) {
    showCode(inner.code_index);
    reveal(rowAt(inner.index));
  } else {
    markListing();
  }
  revealSourceLine();
  for (const node of document.querySelectorAll("#tree .node")) {
    node.classList.toggle("running", Number(node.dataset.code) === inner.code_index);
  }
  const status = $("#status");
  status.replaceChildren(
    `Paused after step ${event.steps} · ${inner.code}, line ${inner.line} · just ran `,
    el("b", { text: `${inner.offset} ${inner.opname}` }),
  );
  if (inner.code_index === null || inner.code_index === undefined) {
    status.append(` — this code is in ${inner.filename}, another file than the one open here, so its listing is not shown`);
  }
}

function finishRun(event) {
  const session = S.session;
  if (session) session.done = true;
  S.snapshot = S.previous = null;
  const pm = event.postmortem;
  if (pm && pm.frames && pm.frames.length) {
    S.snapshot = { frames: pm.frames, hidden: pm.hidden || 0, postmortem: true, exception: pm.exception };
    S.chosen = pm.frames.length - 1;
  }
  setState("exited");
  renderFrames();
  renderFrameDetails();
  markListing();
  for (const node of document.querySelectorAll("#tree .node")) node.classList.remove("running");
  if (S.snapshot) {
    const inner = S.snapshot.frames[S.chosen];
    if (inner.code_index !== null && inner.code_index !== undefined) {
      showCode(inner.code_index);
      reveal(rowAt(inner.index));
    }
    revealSourceLine();
  }
  let text;
  let bad = false;
  if (event.stopped) {
    text = event.message || "Stopped.";
  } else {
    text = event.status === null || event.status === undefined ? "Ended." : `Exited with status ${event.status}.`;
    bad = event.status !== 0;
  }
  if (event.message && !event.stopped) {
    appendOutput("error", (needsNewline() ? "\n" : "") + event.message + "\n");
    bad = true;
  }
  if (S.snapshot && !event.message) text += ` Uncaught ${S.snapshot.exception}: the panels show the stack where it was raised.`;
  setStatus(event.stopped ? text : event.message && event.status !== null ? `${event.message} (status ${event.status})` : text);
  $("#status").classList.toggle("bad", bad);
  setExitNote(event.stopped ? "stopped" : event.status !== null && event.status !== undefined ? `exit status ${event.status}` : "ended", bad ? "bad" : "ok");
}

function needsNewline() {
  const text = $("#output").textContent;
  return text.length > 0 && !text.endsWith("\n");
}

async function sendCommand(cmd, extra) {
  const session = S.session;
  if (!session || session.done || S.state !== "paused") return;
  setState("running");
  setStatus(cmd === "go" ? "Running…" : cmd === "to" ? "Running to the selected instruction…" : "Stepping…");
  renderFrames();
  const answer = await api("POST", `/api/sessions/${session.id}/command`, Object.assign({ cmd }, extra || {}));
  if (answer.error) setStatus(answer.error);
}

// -- buttons and keys -----------------------------------------------------------------------------------

function doStep() {
  if (S.state === "paused") sendCommand("step");
  else if (S.state === "idle" || S.state === "exited") startSession("step");
}

function doNext() {
  if (S.state === "paused") sendCommand("next");
}

function doContinue() {
  if (S.state === "paused") sendCommand("go");
}

async function doToHere() {
  const target = S.selected;
  if (!target) return;
  if (S.state === "paused") {
    sendCommand("to", { code: target.code, offset: target.offset });
  } else if (S.state === "idle" || S.state === "exited") {
    const session = await startSession("step");
    if (session) session.afterFirstPause = { code: target.code, offset: target.offset };
  }
}

async function doStop() {
  const session = S.session;
  if (!session || session.done) return;
  await api("POST", `/api/sessions/${session.id}/stop`);
}

function wire() {
  $("#examples").addEventListener("change", (e) => {
    openExample(e.target.value);
    e.target.blur();
  });
  $("#upload").addEventListener("change", (e) => {
    const file = e.target.files[0];
    e.target.value = "";
    if (file) openUpload(file);
  });
  $("#run").addEventListener("click", () => startSession("run"));
  $("#step").addEventListener("click", doStep);
  $("#next").addEventListener("click", doNext);
  $("#continue").addEventListener("click", doContinue);
  $("#to-here").addEventListener("click", doToHere);
  $("#stop").addEventListener("click", doStop);
  $("#listing").addEventListener("click", (e) => {
    const jump = e.target.closest("[data-target]");
    if (jump) return goToInstruction(Number(jump.dataset.target));
    const code = e.target.closest(".argrepr.code");
    if (code) return showCode(Number(code.dataset.code), { top: true });
    const line = e.target.closest(".lineno.link");
    if (line) return pickLine(Number(line.dataset.line));
    const row = e.target.closest(".ins");
    if (row) selectInstruction(Number(row.dataset.index));
  });
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || /INPUT|SELECT|TEXTAREA/.test(e.target.tagName)) return;
    const button = { s: "#step", n: "#next", c: "#continue" }[e.key];
    if (button && !$(button).disabled) {
      e.preventDefault();
      $(button).click();
    }
  });
  window.addEventListener("pagehide", () => {
    if (S.session && !S.session.done) {
      fetch(`/api/sessions/${S.session.id}/stop`, { method: "POST", headers: { "X-Pyctk": "1" }, keepalive: true });
    }
  });
}

wire();
updateButtons();
loadExamples();
