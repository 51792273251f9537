/* The career-fair kiosk: speech in (Web Speech API where the browser has it, typing always), speech out
 * (speechSynthesis, with a mute switch), big numbered choices a visitor can say ("two"), a QR code to take the
 * plan home, and privacy between visitors: "New visitor" and an idle timeout start a fresh conversation and
 * nothing of the old one is kept in the browser. Exposes window.kiosk for the tests. */
(function () {
  "use strict";
  var log = document.getElementById("log"), choicesBox = document.getElementById("choices");
  var takeHome = document.getElementById("take-home"), qr = document.getElementById("qr");
  var input = document.getElementById("text"), statusLine = document.getElementById("status");
  var muteButton = document.getElementById("mute"), speakButton = document.getElementById("speak");
  var NUMBERS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, first: 1, second: 2, third: 3,
    fourth: 4, fifth: 5, to: 2, too: 2, for: 4, won: 1 };
  var state = { socket: null, sessionId: null, choices: [], muted: false, spoken: [], idleSeconds: 120, idleTimer: null };

  function add(cls, text) {
    var p = document.createElement("p");
    p.className = cls;
    p.textContent = text;
    log.appendChild(p);
    log.parentNode.scrollTop = log.parentNode.scrollHeight;
    return p;
  }

  function speak(text) {
    state.spoken.push(text);
    if (state.muted || !window.speechSynthesis || !window.SpeechSynthesisUtterance) return;
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }

  function showChoices(buttons) {
    choicesBox.textContent = "";
    state.choices = buttons || [];
    state.choices.forEach(function (b, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = (i + 1) + ". " + b.title;
      button.addEventListener("click", function () { choose(i); });
      choicesBox.appendChild(button);
    });
    if (state.choices.length) {
      speak("Say " + state.choices.map(function (b, i) { return (i + 1) + " for " + b.title; }).join(", ") + ".");
    }
  }

  function choose(index) {
    var choice = state.choices[index];
    if (!choice) return;
    add("user", choice.title);
    send(choice.payload);
  }

  function onBot(message) {
    if (message.custom && message.custom.type === "sources") {
      add("sources", "Sources: " + message.custom.items.map(function (s) { return s.title; }).join("; "));
      return;
    }
    if (message.custom && message.custom.type === "plan" && message.custom.url) {
      qr.src = message.custom.qr;
      takeHome.hidden = false;
      takeHome.setAttribute("data-url", message.custom.url);
      return;
    }
    if (message.custom) return; /* other cards are for the website widget */
    if (message.text) {
      add("bot", message.text);
      speak(message.text);
    }
    showChoices((message.quick_replies || message.buttons || []).map(function (b) { return { title: b.title, payload: b.payload }; }));
  }

  /* A spoken answer: a number picks a choice ("two", "number 2", "option two"), anything else is sent as said. */
  function heard(transcript) {
    var words = String(transcript).toLowerCase().replace(/[^a-z0-9 ]/g, " ").trim().split(/\s+/);
    if (state.choices.length && words.length <= 3) {
      for (var i = words.length - 1; i >= 0; i--) {
        var n = /^\d+$/.test(words[i]) ? parseInt(words[i], 10) : NUMBERS[words[i]];
        if (n && n <= state.choices.length) return choose(n - 1);
      }
    }
    add("user", transcript);
    send(transcript);
  }

  function send(text) {
    touched();
    if (!state.socket || !state.sessionId || !text) return;
    showChoices([]);
    statusLine.textContent = "Thinking…";
    state.socket.emit("user_uttered", { message: text, session_id: state.sessionId, metadata: { surface: "kiosk" } });
  }

  function connect() {
    /* A kiosk's own key (kiosk.html?kiosk=KEY) gives it its own rate allowance at the proxy, not its address's. */
    var key = new URLSearchParams(window.location.search).get("kiosk");
    var options = { path: "/socket.io", transports: ["websocket", "polling"] };
    if (key) options.query = { kiosk: key };
    var socket = window.io(window.location.origin, options);
    state.socket = socket;
    socket.on("connect", function () { socket.emit("session_request", { session_id: null }); });
    socket.on("session_confirm", function (id) {
      state.sessionId = typeof id === "string" ? id : id && id.session_id;
      send("/greet");
    });
    socket.on("bot_uttered", function (message) {
      if (socket !== state.socket) return; /* a previous visitor's late reply */
      statusLine.textContent = "";
      onBot(message);
    });
  }

  /* A new visitor: nothing of the previous conversation stays on screen, in the speech queue or in the session. */
  function reset() {
    if (window.speechSynthesis) window.speechSynthesis.cancel();
    if (state.socket) state.socket.disconnect();
    state.socket = null;
    state.sessionId = null;
    state.spoken = [];
    log.textContent = "";
    choicesBox.textContent = "";
    state.choices = [];
    takeHome.hidden = true;
    takeHome.removeAttribute("data-url");
    qr.removeAttribute("src");
    input.value = "";
    statusLine.textContent = "";
    connect();
  }

  function touched() {
    clearTimeout(state.idleTimer);
    state.idleTimer = setTimeout(reset, state.idleSeconds * 1000);
  }

  var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  if (Recognition) {
    speakButton.hidden = false;
    speakButton.addEventListener("click", function () {
      touched();
      var recognition = new Recognition();
      recognition.lang = "en-US";
      recognition.interimResults = false;
      recognition.onresult = function (event) { heard(event.results[0][0].transcript); };
      recognition.onerror = function () { statusLine.textContent = "Sorry, I didn't hear that. Try again, or type."; };
      statusLine.textContent = "Listening…";
      recognition.start();
    });
  }

  document.getElementById("composer").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    input.value = "";
    if (text) heard(text);
  });
  document.getElementById("new-visitor").addEventListener("click", reset);
  muteButton.addEventListener("click", function () {
    state.muted = !state.muted;
    muteButton.setAttribute("aria-pressed", String(state.muted));
    if (state.muted && window.speechSynthesis) window.speechSynthesis.cancel();
  });
  ["click", "keydown", "touchstart"].forEach(function (name) { document.addEventListener(name, touched); });

  fetch("/web/config.json").then(function (r) { return r.json(); }).then(function (config) {
    state.idleSeconds = config.kiosk_idle_seconds || state.idleSeconds;
  }).catch(function () { /* keep the default */ }).then(function () { connect(); touched(); });

  window.kiosk = {
    spoken: function () { return state.spoken.slice(); },
    sessionId: function () { return state.sessionId; },
    reset: reset
  };
})();
