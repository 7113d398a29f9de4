// The log download page: open with the code, then fetch the PDF or CSV with the
// short-lived token. The token lives only in this page's memory.
(function () {
  "use strict";
  var token = null;
  function $(id) { return document.getElementById(id); }
  function say(text) { $("status").textContent = text; }

  function download(kind) {
    if (!token) { return; }
    say("Getting your file...");
    fetch("/api/incident-log/export." + kind, { headers: { Authorization: "Bearer " + token } })
      .then(function (reply) {
        if (!reply.ok) { throw new Error(String(reply.status)); }
        return reply.blob();
      })
      .then(function (blob) {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = "incident-log." + kind;
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
        say("Done.");
      })
      .catch(function () { say("Sorry, that didn't work. Please open your log again."); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("open").addEventListener("submit", function (event) {
      event.preventDefault();
      say("Opening...");
      fetch("/api/incident-log/open", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code: $("code").value })
      })
        .then(function (reply) { return reply.json().then(function (body) { return [reply.status, body]; }); })
        .then(function (result) {
          var status = result[0], body = result[1];
          if (status === 200) {
            token = body.token;
            $("code").value = "";
            $("count").textContent = String(body.entries);
            $("downloads").hidden = false;
            say("Your log is open.");
          } else if (status === 429) {
            say("That's too many tries for now. Please try again in an hour.");
          } else {
            say("Those words didn't open a log. Please check them and try again.");
          }
        })
        .catch(function () { say("Sorry, that didn't work. Please try again."); });
    });
    $("pdf").addEventListener("click", function () { download("pdf"); });
    $("csv").addEventListener("click", function () { download("csv"); });
  });
})();
