/* Advocate console. Hand-written, no framework, nothing from another host.
   Talks only to the JSON API under /advocate/api/ (web/openapi.yml) and its
   event stream. Every piece of text from the server goes in with textContent,
   never as HTML. */
(function () {
  "use strict";

  var API = "/advocate/api/";
  // While the advocate has used the page this recently, the console tells the
  // server they are there (their chats stay theirs); after that it stops, and
  // the server hands their chats back to the queue after HANDOVER_IDLE_SECONDS.
  var ACTIVE_WINDOW_MS = 5 * 60 * 1000;
  var HEARTBEAT_MS = 30 * 1000;
  var CHANNELS = { web: "Web chat", sms: "SMS" };
  var SPEAKERS = { victim: "Them", bot: "Bot", advocate: "Advocate", system: "Note" };
  var ACTIONS = {
    login: "signed in", login_failed: "sign-in failed", logout: "signed out",
    view_queue: "viewed the queue", view_handover: "opened a chat",
    view_transcript: "read a conversation", claim: "claimed", release: "put back",
    release_idle: "handed back (idle)", take_over: "took over", reply: "replied",
    escalate: "raised priority", end: "ended", account_created: "account created",
    account_disabled: "account disabled", read_audit: "read the audit trail",
    view_log: "read a shared incident log", download_log: "downloaded a shared incident log",
    view_contact: "saw the number kept for a callback"
  };
  // The shared incident log's fields, with the PDF's column names (incident_log/export.py).
  var LOG_FIELDS = [
    ["When it happened", function (e) { return e.when; }],
    ["Recorded", function (e) { return stamp(e.recorded_at); }],
    ["Where", function (e) { return e.where; }],
    ["What happened", function (e) { return e.what; }],
    ["The person", function (e) { return e.description; }],
    ["Witnesses", function (e) { return e.witnesses; }],
    ["Evidence", function (e) { return e.evidence; }],
    ["Reported", function (e) { return reported(e.reported); }],
    ["Impact", function (e) { return e.impact; }]
  ];
  var AMENDED = {
    occurred: "When it happened", where: "Where", what: "What happened", description: "The person",
    witnesses: "Witnesses", evidence: "Evidence", reported: "Reported", impact: "Impact"
  };
  var LOG_NOT_SHARED = "They have not shared an incident log with you.";

  var me = { username: "", role: "", csrf: "" };
  var queue = [];
  var queueFetchedAt = 0;
  var known = {};        // handover id -> {high, danger} as last seen, for alerts
  var firstLoad = true;
  var shownNumberFor = null;
  var currentId = null;
  var current = null;
  var shownLines = {};
  var lastLine = null;     // the newest transcript line shown, to ask only for newer ones
  var lastActivity = Date.now();
  var soundOn = true;
  var audio = null;
  var events = null;
  var refreshing = null;
  var refreshAgain = false;
  var auditBefore = null;
  var logKey = null;       // "id:entries" of the shared log shown: fetched (and audited) once

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  // -- talking to the server ----------------------------------------------

  function call(method, path, body, background) {
    var headers = { "Accept": "application/json" };
    if (method !== "GET") { headers["X-CSRF-Token"] = me.csrf; }
    if (background) { headers["X-Console-Background"] = "1"; }
    var init = { method: method, headers: headers, credentials: "same-origin", cache: "no-store" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(API + path, init).then(function (res) {
      if (res.status === 401) { signedOut(); throw new Error("signed out"); }
      if (res.status === 204) { return { ok: true, status: 204, data: null }; }
      return res.json().then(function (data) {
        return { ok: res.ok, status: res.status, data: data };
      }, function () { return { ok: res.ok, status: res.status, data: {} }; });
    });
  }

  function signedOut() {
    if (events) { events.close(); }
    // The server shows the sign-in page to a browser without a session.
    window.location.assign("/advocate/");
  }

  // -- alerts ----------------------------------------------------------------

  function unlockAudio() {
    if (!audio && (window.AudioContext || window.webkitAudioContext)) {
      try { audio = new (window.AudioContext || window.webkitAudioContext)(); } catch (e) { audio = null; }
    }
    if (audio && audio.state === "suspended") { audio.resume(); }
  }

  function beep() {
    if (!soundOn || !audio) { return; }
    var start = audio.currentTime + 0.02;
    [0, 0.25].forEach(function (offset) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.type = "sine";
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.2);
    });
  }

  function alertFor(item, why) {
    var box = $("alert");
    clear(box);
    var text = el("span", "", why + ": " + describe(item) + ".");
    var open = el("button", "", "Open it");
    open.type = "button";
    open.addEventListener("click", function () { box.hidden = true; openHandover(item.id); });
    var dismiss = el("button", "", "Dismiss");
    dismiss.type = "button";
    dismiss.addEventListener("click", function () { box.hidden = true; });
    box.appendChild(text);
    box.appendChild(open);
    box.appendChild(dismiss);
    box.hidden = false;
    beep();
  }

  function checkAlerts(items) {
    items.forEach(function (item) {
      var high = item.priority === "high";
      var before = known[item.id];
      if (!firstLoad) {
        if (!before && item.state === "waiting" && (high || item.danger)) {
          alertFor(item, item.danger ? "New chat with a danger message" : "New high-risk chat");
          item.fresh = true;
        } else if (before && item.danger && !before.danger) {
          alertFor(item, "Danger message");
          item.fresh = true;
        }
      }
      known[item.id] = { high: high, danger: item.danger };
    });
    firstLoad = false;
  }

  // -- the queue ---------------------------------------------------------------

  function minutes(seconds) {
    var m = Math.floor(seconds / 60);
    if (m < 1) { return "under a minute"; }
    if (m < 60) { return m + " min"; }
    return Math.floor(m / 60) + " h " + (m % 60) + " min";
  }

  function describe(item) {
    var parts = [CHANNELS[item.channel] || item.channel];
    if (item.area) { parts.push(areaName(item.area)); }
    return parts.join(", ");
  }

  function areaName(area) {
    var text = String(area).replace(/_/g, " ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function waited(item) {
    return item.waiting_seconds + (Date.now() - queueFetchedAt) / 1000;
  }

  function renderQueue() {
    var list = $("queue");
    var focusedId = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.id : null;
    clear(list);
    var waiting = 0;
    queue.forEach(function (item) {
      if (item.state === "waiting") { waiting += 1; }
      var li = el("li");
      var button = el("button", "item" + (item.priority === "high" ? " high" : "") +
        (item.fresh ? " fresh" : ""));
      button.type = "button";
      button.dataset.id = item.id;
      if (item.id === currentId) { button.setAttribute("aria-current", "true"); }
      var first = el("span", "line first");
      if (item.priority === "high") { first.appendChild(el("span", "badge high", "High risk")); }
      if (item.danger) { first.appendChild(el("span", "badge danger", "Danger message")); }
      if (item.overdue) { first.appendChild(el("span", "badge overdue", "Overdue")); }
      first.appendChild(document.createTextNode(describe(item)));
      button.appendChild(first);
      var state = item.state === "waiting" ? "Waiting " + minutes(waited(item))
        : item.advocate === me.username ? "With you" : "With " + item.advocate;
      var stateLine = el("span", "line");
      stateLine.appendChild(el("span", item.advocate === me.username ? "badge mine" : "", state));
      button.appendChild(stateLine);
      if (item.risk_flags && item.risk_flags.length) {
        button.appendChild(el("span", "line", "Flags: " + item.risk_flags.join(", ").replace(/_/g, " ")));
      }
      if (item.callback) {
        button.appendChild(el("span", "line", "Callback: " + item.callback.safe_time +
          " by " + item.callback.method));
      }
      button.addEventListener("click", function () { openHandover(item.id); });
      li.appendChild(button);
      list.appendChild(li);
      if (item.id === focusedId) { button.focus(); }
    });
    $("queue-count").textContent = "(" + waiting + " waiting)";
    // Seen from another tab too.
    document.title = (waiting ? "(" + waiting + ") " : "") + "Advocate console";
    $("queue-empty").hidden = queue.length > 0;
  }

  function refreshQueue(background) {
    // One refresh at a time; events arriving meanwhile cause one more.
    if (refreshing) { refreshAgain = true; return refreshing; }
    refreshing = call("GET", "queue", undefined, background).then(function (res) {
      if (!res.ok) { return; }
      var fresh = res.data.handovers;
      checkAlerts(fresh);
      queue = fresh;
      queueFetchedAt = Date.now();
      renderQueue();
    }).catch(function () { /* shown by the connection line */ }).then(function () {
      refreshing = null;
      if (refreshAgain) { refreshAgain = false; refreshQueue(true); }
    });
    return refreshing;
  }

  // -- one handover ------------------------------------------------------------

  function showProblem(text) {
    var p = $("action-problem");
    p.textContent = text;
    p.hidden = !text;
  }

  function openHandover(id) {
    $("audit").hidden = true;
    if (id !== currentId) {
      currentId = id;
      current = null;
      shownLines = {};
      lastLine = null;
      clear($("transcript"));
      $("reply").value = "";
      $("outcome").value = "";
      hideLog("");
    }
    showProblem("");
    renderQueue();
    return loadHandover(false).then(function () {
      $("h-title").focus();
    });
  }

  function loadHandover(background) {
    if (!currentId) { return Promise.resolve(); }
    var id = currentId;
    var path = "handovers/" + id + (background && lastLine ? "?after=" + encodeURIComponent(lastLine) : "");
    return call("GET", path, undefined, background).then(function (res) {
      if (id !== currentId) { return; }
      if (res.status === 404) {
        currentId = null;
        $("handover").hidden = true;
        $("pick").hidden = false;
        $("pick").textContent = "That chat has ended or is no longer there.";
        return;
      }
      if (!res.ok) { showProblem(res.data.error || "Could not open the chat."); return; }
      current = res.data;
      renderHandover();
    }).catch(function () {});
  }

  function addRow(dl, term, value) {
    if (value === null || value === undefined || value === "" ||
        (Array.isArray(value) && !value.length)) { return; }
    dl.appendChild(el("dt", "", term));
    dl.appendChild(el("dd", "", Array.isArray(value) ? value.join(", ").replace(/_/g, " ") : value));
  }

  function renderHandover() {
    var h = current;
    var mine = h.state === "claimed" && h.advocate === me.username;
    $("pick").hidden = true;
    $("handover").hidden = false;
    $("h-title").textContent = (h.priority === "high" ? "High risk: " : "") + describe(h);
    var meta = h.state === "waiting" ? "Waiting " + minutes(h.waiting_seconds)
      : h.state === "claimed" ? (mine ? "You have this chat" : "With " + h.advocate)
      : "Ended" + (h.outcome ? ": " + h.outcome : "");
    if (h.callback) { meta += ". Callback: " + h.callback.safe_time + " by " + h.callback.method; }
    $("h-meta").textContent = meta;
    // The number kept for a callback or an SMS chat: the holder asks to see it (audited).
    $("contact-box").hidden = !(mine && h.has_contact);
    if (shownNumberFor !== h.id) { $("contact-number").textContent = ""; }

    $("claim").hidden = h.state !== "waiting";
    $("take-over").hidden = !(h.state === "claimed" && !mine);
    $("release").hidden = !mine;
    $("reply-form").hidden = !mine;
    $("end-form").hidden = !mine;

    var s = h.summary || {};
    $("no-consent").hidden = s.consent_to_share !== false;
    var dl = $("summary");
    clear(dl);
    addRow(dl, "Consent to share", s.consent_to_share ? "Yes" : "No");
    addRow(dl, "Priority", (s.priority === "high" ? "High" : "Standard") +
      (s.priority_reasons && s.priority_reasons.length ? " (" + s.priority_reasons.join("; ") + ")" : ""));
    addRow(dl, "Danger flags", h.danger ? ["danger message during this chat"].concat(s.danger_flags || [])
      : s.danger_flags);
    addRow(dl, "Risk flags", h.risk_flags);
    addRow(dl, "Area", s.area ? areaName(s.area) : null);
    addRow(dl, "About them", s.identities);
    addRow(dl, "Asked about", s.needs);
    addRow(dl, "The bot told them about", s.told_topics);
    var rows = $("screening");
    clear(rows);
    (s.screening || []).forEach(function (line) {
      var tr = el("tr");
      tr.appendChild(el("td", "", line.number + ". " + line.question));
      tr.appendChild(el("td", "", line.answer));
      rows.appendChild(tr);
    });
    $("screening-box").hidden = !(s.screening && s.screening.length);
    renderLogStatus(h, mine);

    var list = $("transcript");
    (h.transcript || []).forEach(function (line) {
      lastLine = line.id;
      if (shownLines[line.id]) { return; }
      shownLines[line.id] = true;
      var flagged = line.flags && line.flags.length;
      var li = el("li", line.speaker + (flagged ? " flagged" : ""));
      li.appendChild(el("span", "who", SPEAKERS[line.speaker] || line.speaker));
      li.appendChild(el("span", "when", new Date(line.at * 1000).toLocaleTimeString("en-GB",
        { hour: "2-digit", minute: "2-digit" })));
      if (flagged) { li.appendChild(el("span", "badge danger", line.flags.join(", ").replace(/_/g, " "))); }
      li.appendChild(el("div", "text", line.text));
      list.appendChild(li);
      list.scrollTop = list.scrollHeight;
    });
  }

  // -- the incident log the person shared (only the advocate who has the chat sees it) --

  function stamp(iso) {
    if (!iso) { return ""; }
    return new Date(iso).toLocaleString("en-GB", {
      timeZone: "Europe/London", day: "2-digit", month: "short", year: "numeric",
      hour: "2-digit", minute: "2-digit"
    });
  }

  function reported(r) {
    // As the PDF says it (incident_log.model.Reported.summary).
    if (!r || r.to_police === null || r.to_police === undefined) { return ""; }
    if (!r.to_police) { return "No"; }
    var parts = ["Yes"];
    if (r.details) { parts.push(r.details); }
    if (r.officer && r.details.indexOf(r.officer) < 0) { parts.push("officer: " + r.officer); }
    if (r.crime_reference && r.details.indexOf(r.crime_reference) < 0) {
      parts.push("crime reference: " + r.crime_reference);
    }
    return parts.join("; ");
  }

  function hideLog(text) {
    logKey = null;
    clear($("log-entries"));
    $("log-box").hidden = true;
    $("log-pdf").setAttribute("href", "#");
    $("log-status").textContent = text;
  }

  function renderLogStatus(h, mine) {
    if (!mine) {
      hideLog("Only the advocate who has this chat can see whether they shared their incident log.");
      return;
    }
    if (h.log_shared === null || h.log_shared === undefined) {
      hideLog("Their incident log could not be checked just now.");
      return;
    }
    if (!h.log_shared) { hideLog(LOG_NOT_SHARED); return; }
    var key = h.id + ":" + h.log_entries;
    if (key === logKey) { return; }
    logKey = key;
    loadLog(h.id);
  }

  function loadLog(id) {
    return call("GET", "handovers/" + id + "/log", undefined, true).then(function (res) {
      if (id !== currentId) { return; }
      if (!res.ok) {
        hideLog(res.status === 404 ? LOG_NOT_SHARED
          : res.data.error || "Their incident log could not be read just now.");
        return;
      }
      renderLog(res.data);
    }).catch(function () {});
  }

  function renderLog(log) {
    var n = log.count;
    $("log-status").textContent = "They shared their incident log with you: " + n +
      (n === 1 ? " entry" : " entries") + ", in the order things happened.";
    $("log-pdf").setAttribute("href", log.pdf);
    var list = $("log-entries");
    clear(list);
    log.entries.forEach(function (entry, i) {
      var li = el("li");
      li.appendChild(el("h4", "", "Entry " + (i + 1) + (entry.when ? ": " + entry.when : "")));
      var dl = el("dl", "summary");
      LOG_FIELDS.forEach(function (field) { addRow(dl, field[0], field[1](entry)); });
      li.appendChild(dl);
      if (entry.amendments && entry.amendments.length) {
        li.appendChild(el("p", "small", "Amendments (the original words above are kept):"));
        var ul = el("ul", "amendments");
        entry.amendments.forEach(function (a) {
          ul.appendChild(el("li", "", stamp(a.made_at) + ", " + (AMENDED[a.field] || a.field) + ": " + a.text));
        });
        li.appendChild(ul);
      }
      list.appendChild(li);
    });
    $("log-box").hidden = false;
  }

  function act(path, body, done) {
    if (!currentId) { return Promise.resolve(); }
    var id = currentId;
    showProblem("");
    return call("POST", "handovers/" + id + "/" + path, body).then(function (res) {
      if (!res.ok) { showProblem(res.data.error || "That did not work."); return res; }
      if (done) { done(res.data); }
      if (res.data && res.data.delivered === false) {
        showProblem("Saved, but it could not be sent to them. They may have left the chat.");
      }
      refreshQueue(true);
      return loadHandover(true).then(function () { return res; });
    }).catch(function () {});
  }

  // -- admin: the audit trail ---------------------------------------------------

  function loadAudit(more) {
    var path = "audit?count=100" + (more && auditBefore ? "&before=" + encodeURIComponent(auditBefore) : "");
    return call("GET", path).then(function (res) {
      if (!res.ok) { return; }
      var rows = $("audit-rows");
      if (!more) { clear(rows); }
      res.data.entries.forEach(function (e) {
        var tr = el("tr");
        tr.appendChild(el("td", "", new Date(e.at * 1000).toLocaleString("en-GB")));
        tr.appendChild(el("td", "", e.actor));
        tr.appendChild(el("td", "", ACTIONS[e.action] || e.action));
        tr.appendChild(el("td", "", e.target));
        rows.appendChild(tr);
      });
      auditBefore = res.data.next_before;
      $("audit-more").hidden = !auditBefore;
    }).catch(function () {});
  }

  // -- live updates --------------------------------------------------------------

  function setLive(text, down) {
    var p = $("live");
    if (p.textContent !== text) { p.textContent = text; }
    p.className = "live" + (down ? " down" : "");
  }

  function connect() {
    if (events) { events.close(); }
    events = new EventSource(API + "events");
    events.onopen = function () {
      setLive("Live: the queue updates by itself.", false);
      refreshQueue(true);
      if (currentId) { loadHandover(true); }
    };
    events.onerror = function () {
      setLive("Connection lost. Trying again…", true);
      if (events.readyState === EventSource.CLOSED) {
        // Closed for good (for example the session ended): check, then reconnect.
        call("GET", "session", undefined, true).then(function () {
          setTimeout(connect, 3000);
        }).catch(function () { setTimeout(connect, 5000); });
      }
    };
    events.addEventListener("signed_out", signedOut);
    ["queued", "message", "danger", "claimed", "released", "ended", "withdrawn", "callback", "overdue"]
      .forEach(function (kind) {
        events.addEventListener(kind, function (message) {
          var data = {};
          try { data = JSON.parse(message.data); } catch (e) { data = {}; }
          // A new line changes nothing in the queue (danger has its own event), and
          // every queue view goes in the audit trail: refresh only the open chat.
          if (kind !== "message") { refreshQueue(true); }
          if (data.handover_id && data.handover_id === currentId) { loadHandover(true); }
        });
      });
  }

  function heartbeat() {
    if (Date.now() - lastActivity > ACTIVE_WINDOW_MS) { return; }
    call("POST", "heartbeat").catch(function () {});
  }

  // -- wiring ----------------------------------------------------------------------

  function wire() {
    ["pointerdown", "keydown", "scroll", "focusin"].forEach(function (kind) {
      document.addEventListener(kind, function () {
        lastActivity = Date.now();
        if (kind !== "scroll") { unlockAudio(); }
      }, { passive: true, capture: true });
    });
    $("sound").addEventListener("click", function () {
      soundOn = !soundOn;
      this.setAttribute("aria-pressed", soundOn ? "true" : "false");
      this.textContent = soundOn ? "Sound on" : "Sound off";
    });
    $("signout").addEventListener("click", function () {
      call("POST", "logout").then(signedOut, signedOut);
    });
    $("claim").addEventListener("click", function () {
      act("claim", undefined).then(function (res) {
        if (res && res.ok) { $("reply").focus(); }
      });
    });
    $("take-over").addEventListener("click", function () {
      act("take-over", undefined).then(function (res) {
        if (res && res.ok) { $("reply").focus(); }
      });
    });
    $("release").addEventListener("click", function () { act("release", undefined); });
    $("show-number").addEventListener("click", function () {
      var id = current && current.id;
      if (!id) { return; }
      call("GET", "handovers/" + encodeURIComponent(id) + "/contact").then(function (res) {
        if (res.ok && current && current.id === id) {
          shownNumberFor = id;
          $("contact-number").textContent = res.data.number;
        } else if (!res.ok) {
          showProblem((res.data && res.data.error) || "The number could not be shown.");
        }
      });
    });
    $("reply-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var box = $("reply");
      var text = box.value.trim();
      if (!text) { showProblem("Write a reply first."); box.focus(); return; }
      act("reply", { text: text }, function () { box.value = ""; }).then(function () { box.focus(); });
    });
    $("end-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var note = $("outcome").value.trim();
      if (!note) { showProblem("Write an outcome note first."); $("outcome").focus(); return; }
      act("end", { outcome: note }, function () { $("outcome").value = ""; });
    });
    $("show-audit").addEventListener("click", function () {
      $("handover").hidden = true;
      $("pick").hidden = true;
      $("audit").hidden = false;
      loadAudit(false).then(function () { $("audit-title").focus(); });
    });
    $("audit-more").addEventListener("click", function () { loadAudit(true); });
    $("audit-close").addEventListener("click", function () {
      $("audit").hidden = true;
      if (currentId) { $("handover").hidden = false; } else { $("pick").hidden = false; }
      $("queue-title").scrollIntoView();
    });
    // Waiting times move on between updates.
    setInterval(function () { if (queue.length) { renderQueue(); } }, 30 * 1000);
    setInterval(heartbeat, HEARTBEAT_MS);
  }

  function start() {
    call("GET", "session", undefined, true).then(function (res) {
      if (!res.ok) { return; }
      me.username = res.data.username;
      me.role = res.data.role;
      me.csrf = res.data.csrf_token;
      $("me").textContent = me.username;
      $("show-audit").hidden = me.role !== "admin";
      wire();
      heartbeat();
      // The queue as it is now first (no alerts for it), then live changes.
      return refreshQueue(true).then(connect);
    }).catch(function () {});
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
