/* Case-management career advisor: the chat widget a college adds to its site with one line:
 *   <script src="https://ASSISTANT-HOST/web/widget.js" defer></script>
 * It talks to the assistant's socket.io channel, keeps the conversation across reloads and pages
 * (sessionStorage), and is usable by keyboard and screen reader. Everything is served by the assistant. */
(function () {
  "use strict";
  var script = document.currentScript;
  var server = (script && script.getAttribute("data-server")) || new URL(script.src).origin;
  var KEY = "cmAdvisor.";
  var store = window.sessionStorage;
  var surface = (script && script.getAttribute("data-surface")) || "widget";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (name.indexOf("on") === 0) node.addEventListener(name.slice(2), attrs[name]);
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function load(name, fallback) {
    try { return JSON.parse(store.getItem(KEY + name)) || fallback; } catch (e) { return fallback; }
  }
  function save(name, value) { try { store.setItem(KEY + name, JSON.stringify(value)); } catch (e) { /* full */ } }

  var css = el("link", { rel: "stylesheet", href: server + "/web/widget.css" });
  document.head.appendChild(css);

  var launcher = el("button", { type: "button", "class": "cma-launcher", "aria-expanded": "false",
    "aria-controls": "cma-panel", text: "Chat with the career advisor" });
  var log = el("div", { "class": "cma-log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
    "aria-label": "Conversation", tabindex: "0" });
  var typing = el("p", { "class": "cma-typing", role: "status", "aria-live": "polite" });
  var input = el("input", { id: "cma-input", type: "text", autocomplete: "off", maxlength: "5000",
    "aria-describedby": "cma-hint" });
  var form = el("form", { "class": "cma-form" }, [
    el("label", { "for": "cma-input", "class": "cma-visually-hidden", text: "Your message" }),
    input,
    el("button", { type: "submit", "class": "cma-send", text: "Send" })
  ]);
  var hint = el("p", { id: "cma-hint", "class": "cma-visually-hidden",
    text: "Type your message and press Enter. Suggested replies appear as buttons after the advisor's messages." });
  var closeButton = el("button", { type: "button", "class": "cma-close", "aria-label": "Close the chat", text: "×" });
  var restart = el("button", { type: "button", "class": "cma-restart", text: "Start over" });
  var panel = el("section", { id: "cma-panel", "class": "cma-panel", role: "dialog", "aria-modal": "false",
    "aria-labelledby": "cma-title", hidden: "" }, [
    el("header", { "class": "cma-header" }, [
      el("h2", { id: "cma-title", text: "Career advisor" }), restart, closeButton
    ]),
    log, typing, hint, form
  ]);
  var root = el("div", { "class": "cma-root" }, [panel, launcher]);
  document.body.appendChild(root);

  /* ---- rendering: never innerHTML with what the server sent ---- */
  function textWithLinks(text, parent) {
    var parts = String(text).split(/(https?:\/\/[^\s)]+)/);
    parts.forEach(function (part) {
      if (/^https?:\/\//.test(part)) {
        parent.appendChild(el("a", { href: part, target: "_blank", rel: "noopener noreferrer", text: part }));
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
    return parent;
  }

  function formatText(text) {
    var box = el("div", { "class": "cma-text" });
    var list = null;
    String(text).split("\n").forEach(function (line) {
      if (/^\s*[-•]\s+/.test(line)) {
        if (!list) { list = el("ul"); box.appendChild(list); }
        list.appendChild(textWithLinks(line.replace(/^\s*[-•]\s+/, ""), el("li")));
      } else if (line.trim()) {
        list = null;
        box.appendChild(textWithLinks(line, el("p", /^Sources?:/.test(line) ? { "class": "cma-sources" } : {})));
      }
    });
    return box;
  }

  function sourcesLine(items) {
    var p = el("p", { "class": "cma-sources", text: "Sources: " });
    items.forEach(function (s, i) {
      if (i) p.appendChild(document.createTextNode("; "));
      if (/^https?:\/\//.test(s.url || "")) p.appendChild(el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer", text: s.title }));
      else p.appendChild(document.createTextNode(s.title));
      p.appendChild(document.createTextNode(" (" + s.confidence + ", as of " + s.as_of + ")"));
    });
    return p;
  }

  function planCard(plan) {
    var steps = el("ol", { "class": "cma-steps" });
    (plan.steps || []).forEach(function (step) {
      steps.appendChild(el("li", { "class": "cma-step cma-" + step.progress }, [
        el("h4", { text: step.title }),
        el("p", { "class": "cma-progress", text: String(step.progress).replace("_", " ") }),
        el("p", { text: step.detail }),
        sourcesLine(step.sources || [])
      ]));
    });
    var children = [el("h3", { text: "Your plan: " + plan.specialization_name }), steps];
    if (plan.url) {
      children.push(el("img", { src: plan.qr, alt: "QR code: scan it to open your plan on your phone", "class": "cma-qr" }));
      children.push(el("p", {}, [el("a", { href: plan.url, target: "_blank", rel: "noopener noreferrer", text: "Open your plan" })]));
    }
    return el("article", { "class": "cma-plan", "aria-label": "Your plan" }, children);
  }

  function render(item) {
    var bubble = el("div", { "class": "cma-msg cma-" + item.who });
    bubble.appendChild(el("span", { "class": "cma-visually-hidden", text: item.who === "bot" ? "Advisor: " : "You: " }));
    if (item.custom && item.custom.type === "plan") bubble.appendChild(planCard(item.custom));
    else if (item.custom && item.custom.type === "sources") bubble.appendChild(sourcesLine(item.custom.items || []));
    else bubble.appendChild(formatText(item.text || ""));
    if (item.buttons && item.buttons.length && item.live) {
      var group = el("div", { "class": "cma-buttons", role: "group", "aria-label": "Suggested replies" });
      item.buttons.forEach(function (b) {
        group.appendChild(el("button", { type: "button", "class": "cma-choice", text: b.title,
          onclick: function () { send(b.payload, b.title); } }));
      });
      bubble.appendChild(group);
    }
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
  }

  var transcript = load("transcript", []);
  transcript.forEach(function (item) { render(Object.assign({}, item, { live: false })); });

  function remember(item) {
    transcript.push(item);
    if (transcript.length > 200) transcript = transcript.slice(-200);
    save("transcript", transcript);
    render(Object.assign({}, item, { live: true }));
  }

  /* ---- the connection ---- */
  var socket = null;
  var sessionId = load("session", null);
  var typingTimer = null;
  var greetNewSession = true;

  function setTyping(on) {
    typing.textContent = on ? "The advisor is typing…" : "";
    clearTimeout(typingTimer);
    if (on) typingTimer = setTimeout(function () { setTyping(false); }, 15000);
  }

  function connect() {
    if (socket) return;
    socket = window.io(server, { path: "/socket.io", transports: ["websocket", "polling"] });
    socket.on("connect", function () { socket.emit("session_request", { session_id: sessionId }); });
    socket.on("session_confirm", function (id) {
      sessionId = typeof id === "string" ? id : (id && id.session_id);
      save("session", sessionId);
      if (!transcript.length && greetNewSession) send("/greet", null);
    });
    socket.on("bot_uttered", function (message) {
      setTyping(false);
      if (message.custom && message.custom.forgotten) return startAfresh();
      remember({ who: "bot", text: message.text || "", custom: message.custom || null,
        buttons: (message.quick_replies || message.buttons || []).map(function (b) { return { title: b.title, payload: b.payload }; }) });
    });
  }

  /* After "forget me": nothing of the conversation stays on the screen or in the browser; a new session. */
  function startAfresh() {
    var last = transcript[transcript.length - 1];
    transcript = [];
    sessionId = null;
    try { store.removeItem(KEY + "transcript"); store.removeItem(KEY + "session"); } catch (e) { /* none */ }
    while (log.firstChild) log.removeChild(log.firstChild);
    if (last) render(Object.assign({}, last, { live: false }));
    greetNewSession = false; /* the "done" message stays in view; no greeting on top of it */
    socket.emit("session_request", { session_id: null });
  }

  function send(text, shown) {
    if (!text || !sessionId) return;
    if (shown) remember({ who: "user", text: shown });
    setTyping(true);
    socket.emit("user_uttered", { message: text, session_id: sessionId, metadata: { surface: surface } });
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    save("open", true);
    ensureClient(function () { connect(); });
    input.focus();
  }
  function close() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    save("open", false);
    launcher.focus();
  }

  function ensureClient(then) {
    if (window.io) return then();
    var tag = el("script", { src: server + "/web/vendor/socket.io.min.js" });
    tag.onload = then;
    document.head.appendChild(tag);
  }

  launcher.addEventListener("click", function () { if (panel.hidden) open(); else close(); });
  closeButton.addEventListener("click", close);
  panel.addEventListener("keydown", function (event) { if (event.key === "Escape") close(); });
  restart.addEventListener("click", function () { send("/start_over", "Start over"); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text, text);
  });

  if (load("open", false)) open();
  window.caseManagementAdvisor = { open: open, close: close };
})();
