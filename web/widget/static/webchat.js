/*
 * Web chat widget. Add it to any page with one tag:
 *
 *   <script src="https://HOST/widget/webchat.js" defer
 *           data-server="https://RASA-HOST" data-title="Chat with us"
 *           data-colour="#1d3c6e" data-exit-url="https://www.bbc.co.uk/weather"></script>
 *
 * Keeps no trace: the session token, transcript and unsent messages live in
 * sessionStorage only (this tab, until it closes); nothing in localStorage,
 * cookies or IndexedDB. The page title is never changed.
 *
 * The socket.io client is this file's own (~150 lines below): Engine.IO v4 and
 * Socket.IO v5 over a WebSocket, with events, acknowledgements and ping/pong,
 * which is all the widget uses. No Node toolchain or third-party code to keep
 * patched on the page of a person at risk; reconnection and re-sending are the
 * widget's own anyway (message ids acknowledged by the server).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__hruWebchat) return;
  window.__hruWebchat = true;

  var data = script.dataset;
  var HEX = /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/;
  var cfg = {
    server: (data.server || window.location.origin).replace(/\/+$/, ""),
    title: data.title || "Chat with us",
    colour: HEX.test(data.colour || "") ? data.colour : "",
    textColour: HEX.test(data.textColour || "") ? data.textColour : "",
    exitUrl: /^https?:\/\//.test(data.exitUrl || "") ? data.exitUrl : "https://www.bbc.co.uk/weather",
    // National Stalking Helpline (signposting/data/services.yml: national_stalking_helpline);
    // the web service passes the directory's number in data-helpline.
    helpline: data.helpline || "0808 802 0300",
  };
  var PATH = "/webhooks/webchat/socket.io/";
  var ACK_MS = 10000;
  var CONNECT_MS = 10000;
  var REPLY_MS = 30000;
  var KEY = { token: "w.t", log: "w.l", outbox: "w.o", open: "w.v" };

  // ---- sessionStorage (this tab only) ---------------------------------------
  function load(key, fallback) {
    try {
      var raw = window.sessionStorage.getItem(key);
      return raw === null ? fallback : JSON.parse(raw);
    } catch (e) {
      return fallback;
    }
  }
  function save(key, value) {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      /* storage full or blocked: the chat still works, it just won't survive a reload */
    }
  }
  function wipe() {
    try {
      Object.keys(KEY).forEach(function (k) { window.sessionStorage.removeItem(KEY[k]); });
    } catch (e) { /* nothing stored */ }
  }
  function newId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // ---- a small Socket.IO v5 client over WebSocket -----------------------------
  function Socket(url, auth, on) {
    this.url = url;
    this.auth = auth;
    this.on = on;
    this.acks = {};
    this.nextAck = 1;
    this.connected = false;
  }
  Socket.prototype.open = function () {
    var self = this;
    var ws;
    try {
      ws = new WebSocket(self.url);
    } catch (e) {
      setTimeout(function () { self.on.close("error"); }, 0);
      return;
    }
    self.ws = ws;
    // A connection that neither opens nor fails (a half-open network) is given up on.
    self.timer = setTimeout(function () {
      if (!self.connected && self.ws === ws) { try { ws.close(); } catch (e) { /* gone */ } self.closed("timeout"); }
    }, CONNECT_MS);
    ws.onmessage = function (ev) { self.receive(String(ev.data)); };
    ws.onclose = function () { self.closed("closed"); };
    ws.onerror = function () { /* onclose follows */ };
  };
  Socket.prototype.closed = function (why) {
    if (this.ws === null) return;
    this.ws = null;
    this.connected = false;
    var acks = this.acks;
    this.acks = {};
    Object.keys(acks).forEach(function (id) { acks[id](null); });
    this.on.close(why);
  };
  Socket.prototype.close = function () {
    var ws = this.ws;
    this.on = { close: function () {}, event: function () {}, open: function () {}, refused: function () {} };
    if (ws) { try { ws.close(); } catch (e) { /* already closed */ } }
    this.ws = null;
  };
  Socket.prototype.send = function (text) {
    if (this.ws && this.ws.readyState === 1) this.ws.send(text);
  };
  Socket.prototype.receive = function (msg) {
    var type = msg.charAt(0);
    if (type === "0") { // engine.io open: join the default namespace with our token
      this.send("40" + JSON.stringify(this.auth()));
    } else if (type === "2") { // ping
      this.send("3");
    } else if (type === "1") {
      this.closed("closed");
    } else if (type === "4") {
      this.packet(msg.slice(1));
    }
  };
  Socket.prototype.packet = function (p) {
    var kind = p.charAt(0);
    var m = /^(\d*)([\s\S]*)$/.exec(p.slice(1));
    var id = m[1];
    var body = m[2] ? JSON.parse(m[2]) : null;
    if (kind === "0") {
      clearTimeout(this.timer);
      this.connected = true;
      this.on.open();
    } else if (kind === "4") {
      this.on.refused((body && body.message) || "refused");
    } else if (kind === "1") {
      this.closed("server");
    } else if (kind === "2" && Array.isArray(body)) {
      this.on.event(body[0], body[1]);
    } else if (kind === "3" && this.acks[id]) {
      var cb = this.acks[id];
      delete this.acks[id];
      cb(Array.isArray(body) ? body[0] : null);
    }
  };
  // Emits an event; resolves with the server's acknowledgement, or null on timeout or drop.
  Socket.prototype.request = function (event, payload) {
    var self = this;
    return new Promise(function (resolve) {
      if (!self.connected) { resolve(null); return; }
      var id = self.nextAck++;
      var timer = setTimeout(function () {
        if (self.acks[id]) { delete self.acks[id]; resolve(null); }
      }, ACK_MS);
      self.acks[id] = function (value) { clearTimeout(timer); resolve(value); };
      self.send("42" + id + JSON.stringify([event, payload === undefined ? {} : payload]));
    });
  };

  // ---- DOM helpers -------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  var URL_RE = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/g;
  // Text with web addresses as safe links; never innerHTML.
  function richText(text) {
    var frag = document.createDocumentFragment();
    var last = 0;
    String(text).replace(URL_RE, function (url, _g, at) {
      if (at > last) frag.appendChild(document.createTextNode(text.slice(last, at)));
      frag.appendChild(el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url }));
      last = at + url.length;
      return url;
    });
    if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  // ---- the widget -----------------------------------------------------------------
  var state = {
    token: load(KEY.token, null),
    log: load(KEY.log, []),
    outbox: load(KEY.outbox, []),
    socket: null,
    retries: 0,
    inUseSince: 0,
    replyTimers: {},
    slowShown: false,
  };
  var seen = {};
  state.log.forEach(function (item) { if (item.id) seen[item.id] = true; });

  var ui = {};
  function build() {
    // The widget's styles sit next to its script (one tag embeds both).
    document.head.appendChild(el("link", { rel: "stylesheet",
      href: script.src.replace(/webchat\.js(\?.*)?$/, "webchat.css") }));
    var root = el("div", { className: "hru-wc", id: "hru-wc" });
    if (cfg.colour) root.style.setProperty("--hru-accent", cfg.colour);
    if (cfg.textColour) root.style.setProperty("--hru-accent-text", cfg.textColour);

    ui.exit = el("button", { type: "button", className: "hru-wc-exit", "data-hru": "exit" }, [
      el("span", { className: "hru-wc-vh", text: "Emergency: " }),
      document.createTextNode("Exit this page"),
    ]);
    ui.exitHint = el("p", { className: "hru-wc-exit-hint", text: "Or press Shift 3 times to leave quickly" });
    var exitBar = el("div", { className: "hru-wc-exitbar" }, [ui.exit, ui.exitHint]);

    ui.launcher = el("button", {
      type: "button", className: "hru-wc-launcher", "aria-expanded": "false",
      "aria-controls": "hru-wc-panel", text: cfg.title,
    });

    ui.heading = el("h2", { className: "hru-wc-title", id: "hru-wc-title", text: cfg.title });
    ui.close = el("button", { type: "button", className: "hru-wc-close", text: "Minimise" });
    var danger = el("p", { className: "hru-wc-danger" }, [
      document.createTextNode("In danger? Call "),
      el("a", { href: "tel:999", text: "999" }),
    ]);
    var automated = el("p", { className: "hru-wc-note", text:
      "This is an automated helper. Nobody reads this chat as you type." });
    ui.list = el("ol", { className: "hru-wc-list" });
    ui.log = el("div", { className: "hru-wc-log", role: "log", "aria-live": "polite",
      "aria-label": "Conversation", tabindex: "0" }, [ui.list]);
    ui.typing = el("p", { className: "hru-wc-typing", text: "The helper is typing…", hidden: "" });
    ui.status = el("p", { className: "hru-wc-status", role: "status" });
    ui.replies = el("div", { className: "hru-wc-replies", role: "group", "aria-label": "Suggested replies" });
    ui.input = el("textarea", { id: "hru-wc-input", className: "hru-wc-input", rows: "2",
      autocomplete: "off", spellcheck: "true" });
    ui.send = el("button", { type: "submit", className: "hru-wc-send", text: "Send" });
    ui.form = el("form", { className: "hru-wc-form", novalidate: "" }, [
      el("label", { for: "hru-wc-input", className: "hru-wc-label", text: "Your message" }),
      el("div", { className: "hru-wc-row" }, [ui.input, ui.send]),
    ]);
    ui.clear = el("button", { type: "button", className: "hru-wc-clear", text: "Clear chat" });
    ui.confirm = el("div", { className: "hru-wc-confirm", hidden: "" }, [
      el("p", { text: "Delete this chat? It is removed from this browser and from our system." }),
      el("button", { type: "button", className: "hru-wc-yes", text: "Yes, delete it" }),
      el("button", { type: "button", className: "hru-wc-no", text: "No, keep it" }),
    ]);
    ui.panel = el("section", { className: "hru-wc-panel", id: "hru-wc-panel",
      "aria-labelledby": "hru-wc-title", hidden: "" }, [
      el("div", { className: "hru-wc-head" }, [ui.heading, ui.close]),
      danger, automated, ui.log, ui.typing, ui.status, ui.replies, ui.form,
      el("div", { className: "hru-wc-foot" }, [ui.clear]), ui.confirm,
    ]);
    root.appendChild(exitBar);
    root.appendChild(ui.launcher);
    root.appendChild(ui.panel);
    document.body.appendChild(root);
    ui.root = root;

    ui.exit.addEventListener("click", quickExit);
    ui.launcher.addEventListener("click", function () { setOpen(true, true); });
    ui.close.addEventListener("click", function () { setOpen(false, true); });
    ui.form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var text = ui.input.value.trim();
      if (!text) return;
      ui.input.value = "";
      sendText(text);
    });
    ui.input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && !ev.shiftKey) {
        ev.preventDefault();
        ui.form.requestSubmit ? ui.form.requestSubmit() : ui.send.click();
      }
    });
    ui.clear.addEventListener("click", function () {
      ui.confirm.hidden = false;
      ui.confirm.querySelector(".hru-wc-no").focus();
    });
    ui.confirm.querySelector(".hru-wc-no").addEventListener("click", function () {
      ui.confirm.hidden = true;
      ui.clear.focus();
    });
    ui.confirm.querySelector(".hru-wc-yes").addEventListener("click", clearChat);
    ui.panel.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") setOpen(false, true);
    });
  }

  function setOpen(open, focus) {
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute("aria-expanded", open ? "true" : "false");
    if (focus) save(KEY.open, open); // only what the person did: loading the page stores nothing
    if (open) {
      connect();
      if (focus) ui.input.focus();
      scrollDown();
    } else if (focus) {
      ui.launcher.focus();
    }
  }

  // ---- transcript ---------------------------------------------------------------
  function renderItem(item) {
    var who = item.who;
    var label = { you: "You", bot: "Helper", advocate: "Advocate", note: "Notice" }[who] || "Helper";
    var li = el("li", { className: "hru-wc-msg hru-wc-msg--" + who, "data-id": item.id || "" }, [
      el("span", { className: "hru-wc-who", text: label + ": " }),
      el("span", { className: "hru-wc-text" }, [richText(item.text || "")]),
    ]);
    if (item.pending) {
      li.appendChild(el("span", { className: "hru-wc-pending", text: " (sending)" }));
    }
    ui.list.appendChild(li);
    return li;
  }
  function scrollDown() { ui.log.scrollTop = ui.log.scrollHeight; }
  function addItem(item) {
    if (item.id) {
      if (seen[item.id]) return;
      seen[item.id] = true;
    }
    state.log.push(item);
    save(KEY.log, state.log);
    renderItem(item);
    scrollDown();
  }
  function showReplies(buttons) {
    ui.replies.textContent = "";
    (buttons || []).forEach(function (b) {
      var btn = el("button", { type: "button", className: "hru-wc-reply", text: b.title });
      btn.addEventListener("click", function () {
        ui.replies.textContent = "";
        sendText(b.payload || b.title, b.title);
        ui.input.focus();
      });
      ui.replies.appendChild(btn);
    });
  }
  function note(text) { addItem({ id: "n-" + newId(), who: "note", text: text }); }
  function setStatus(text) { ui.status.textContent = text || ""; }
  function helpLine() {
    return "If you are in danger now, call 999. National Stalking Helpline: " + cfg.helpline + ".";
  }

  // ---- sending ----------------------------------------------------------------------
  function sendText(text, shown) {
    var msg = { id: newId(), text: text };
    addItem({ id: "u-" + msg.id, who: "you", text: shown || text, pending: true });
    state.outbox.push(msg);
    save(KEY.outbox, state.outbox);
    ui.replies.textContent = "";
    deliver(msg);
  }
  function markSent(id) {
    var li = ui.log.querySelector('[data-id="u-' + id + '"] .hru-wc-pending');
    if (li) li.remove();
    state.log.forEach(function (item) { if (item.id === "u-" + id) delete item.pending; });
    save(KEY.log, state.log);
  }
  function deliver(msg) {
    var sock = state.socket;
    if (!sock || !sock.connected) return; // sent on (re)connect
    sock.request("message", msg).then(function (ack) {
      if (!ack) return; // dropped: re-sent on reconnect
      var status = ack.status;
      if (status === "accepted" || status === "pending" || status === "duplicate") {
        markSent(msg.id);
        if (status !== "duplicate") waitForReply(msg.id);
      } else if (status === "rate_limited") {
        setStatus("You are sending messages quickly. This one will go in a moment.");
        setTimeout(function () { setStatus(""); deliver(msg); }, Math.ceil((ack.retry_after || 5) * 1000));
      } else {
        dropFromOutbox(msg.id);
        markSent(msg.id);
        note(status === "too_large"
          ? "That message is too long to send. Please send it in parts. " + helpLine()
          : "That message could not be sent. " + helpLine());
      }
    });
  }
  function waitForReply(id) {
    clearTimeout(state.replyTimers[id]);
    state.replyTimers[id] = setTimeout(function () {
      if (!inOutbox(id) || state.slowShown) return;
      state.slowShown = true;
      note("This is taking longer than usual. " + helpLine());
    }, REPLY_MS);
  }
  function inOutbox(id) { return state.outbox.some(function (m) { return m.id === id; }); }
  function dropFromOutbox(id) {
    state.outbox = state.outbox.filter(function (m) { return m.id !== id; });
    save(KEY.outbox, state.outbox);
    clearTimeout(state.replyTimers[id]);
  }

  // ---- receiving ----------------------------------------------------------------------
  function onEvent(name, payload) {
    if (name === "typing") {
      ui.typing.hidden = !(payload && payload.on);
    } else if (name === "bot" && payload) {
      if (payload.in_reply_to) dropFromOutbox(payload.in_reply_to);
      if (!state.outbox.length) ui.typing.hidden = true;
      state.slowShown = false;
      var buttons = null;
      (payload.messages || []).forEach(function (m) {
        var custom = m.custom || {};
        var who = custom.from === "advocate" ? "advocate" : "bot";
        var text = m.text || custom.text || "";
        var hasButtons = m.buttons && m.buttons.length;
        if (text) addItem({ id: m.id, who: who, text: text, buttons: hasButtons ? m.buttons : undefined });
        if (m.buttons && m.buttons.length) buttons = m.buttons;
      });
      if (buttons) showReplies(buttons);
    } else if (name === "session" && payload && payload.token) {
      // Delete-my-data: the conversation is gone, so this tab keeps nothing of it.
      startAfresh(payload.token, true);
    }
  }
  function startAfresh(token, keepScreen) {
    state.token = token;
    state.log = [];
    state.outbox = [];
    wipe();
    save(KEY.token, token);
    save(KEY.open, !ui.panel.hidden);
    if (!keepScreen) {
      ui.list.textContent = "";
      ui.replies.textContent = "";
      seen = {};
    }
  }

  // ---- connection -----------------------------------------------------------------------
  function socketUrl() {
    return cfg.server.replace(/^http/, "ws") + PATH + "?EIO=4&transport=websocket";
  }
  function connect() {
    if (state.socket) return;
    var presented = state.token;
    var sock = new Socket(socketUrl(), function () { return presented ? { token: presented } : {}; }, {
      open: function () { onConnected(sock, presented); },
      event: onEvent,
      refused: function (reason) { onRefused(sock, reason); },
      close: function () { onDropped(sock); },
    });
    state.socket = sock;
    sock.open();
  }
  function onConnected(sock, presented) {
    sock.request("hello").then(function (ack) {
      if (!ack || ack.status !== "ok") return;
      state.retries = 0;
      state.inUseSince = 0;
      setStatus("");
      if (ack.fresh && presented) {
        // The old session expired (or its token was not ours): show nothing of it,
        // but keep what the person has just written for the new one.
        var unsent = state.outbox;
        startAfresh(ack.token, false);
        note("Your earlier chat has ended, so this is a new one.");
        unsent.forEach(function (m) {
          state.outbox.push(m);
          addItem({ id: "u-" + m.id, who: "you", text: m.text, pending: true });
        });
        save(KEY.outbox, state.outbox);
      }
      state.token = ack.token;
      save(KEY.token, ack.token);
      state.outbox.forEach(deliver);
    });
  }
  function onRefused(sock, reason) {
    sock.close();
    state.socket = null;
    if (reason === "in_use") {
      if (!state.inUseSince) state.inUseSince = Date.now();
      if (Date.now() - state.inUseSince > 60000) {
        setStatus("This chat is open in another tab or window. Close it there, or clear this chat to start a new one. " + helpLine());
        return;
      }
    }
    setStatus("Connecting… " + helpLine());
    retry();
  }
  function onDropped(sock) {
    if (state.socket !== sock) return;
    state.socket = null;
    ui.typing.hidden = true;
    setStatus("Reconnecting… " + helpLine());
    retry();
  }
  function retry() {
    var delay = Math.min(5000, 500 * Math.pow(2, state.retries++)) * (0.75 + Math.random() * 0.5);
    setTimeout(function () { if (!ui.panel.hidden || state.outbox.length) connect(); }, delay);
  }

  function clearChat() {
    ui.confirm.hidden = true;
    var sock = state.socket;
    var done = function (ack) {
      startAfresh(ack && ack.token, false);
      if (!(ack && ack.token)) {
        // Not connected: forget the token too, so the server session is never resumed.
        wipe();
        state.token = null;
      }
      note("Chat cleared.");
      ui.input.focus();
    };
    if (sock && sock.connected) sock.request("clear").then(done);
    else done(null);
  }

  // ---- quick exit (GOV.UK "Exit this page" pattern) -----------------------------------------
  function quickExit() {
    try { document.documentElement.style.setProperty("visibility", "hidden"); } catch (e) { /* go */ }
    wipe();
    try { window.sessionStorage.clear(); } catch (e) { /* go */ }
    if (state.socket) state.socket.close();
    if (ui.root) ui.root.remove();
    window.location.replace(cfg.exitUrl);
  }
  var shifts = [];
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Shift" || ev.repeat) return;
    var now = Date.now();
    shifts = shifts.filter(function (t) { return now - t < 2000; });
    shifts.push(now);
    if (shifts.length >= 3) quickExit();
  }, true);

  function start() {
    build();
    state.log.forEach(renderItem);
    var last = state.log.length ? state.log[state.log.length - 1] : null;
    if (last && last.buttons) showReplies(last.buttons);
    setOpen(load(KEY.open, false) === true, false);
    if (state.outbox.length) connect();
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
