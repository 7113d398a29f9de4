// The test phone: texts the service through the local Twilio, shows both sides.
// Polls its own server every second; nothing leaves this machine.
"use strict";

(() => {
  const POLL_MS = 1000;
  const numberInput = document.getElementById("number");
  const bodyInput = document.getElementById("body");
  const list = document.getElementById("texts");
  const status = document.getElementById("status");
  const service = document.getElementById("service");
  const shown = new Map(); // text id -> [li, status]

  function randomNumber() {
    return "07700 900" + String(Math.floor(Math.random() * 1000)).padStart(3, "0");
  }

  function number() {
    return numberInput.value.trim();
  }

  function render(text) {
    const key = text.direction + ":" + text.status;
    const known = shown.get(text.id);
    if (known && known[1] === key) return;
    const li = known ? known[0] : document.createElement("li");
    const failed = text.direction === "in" && text.status !== "delivered";
    li.className = text.direction + (failed ? " failed" : "");
    li.replaceChildren();
    const who = document.createElement("span");
    who.className = "visually-hidden";
    who.textContent = text.direction === "in" ? "You: " : "Service: ";
    const meta = document.createElement("span");
    meta.className = "meta";
    const time = new Date(text.at).toLocaleTimeString("en-GB");
    const parts = text.segments > 1 ? `, ${text.segments} parts` : "";
    meta.textContent = text.direction === "in" ? `${time}, ${text.status}` : `${time}${parts}`;
    li.append(who, document.createTextNode(text.body), meta);
    if (!known) {
      list.append(li);
      li.scrollIntoView({ block: "nearest" });
    }
    shown.set(text.id, [li, key]);
  }

  function clear() {
    list.replaceChildren();
    shown.clear();
  }

  async function refresh() {
    if (!numberInput.checkValidity()) return;
    try {
      const answer = await fetch("/api/texts?number=" + encodeURIComponent(number()));
      const data = await answer.json();
      if (!answer.ok) {
        status.textContent = data.error || `The test phone answered ${answer.status}.`;
        return;
      }
      service.textContent = `with ${data.service_number}`;
      data.texts.forEach(render);
      if (status.dataset.from === "poll") status.textContent = "";
    } catch (error) {
      status.textContent = "The local Twilio server is not answering. Is make run still up?";
      status.dataset.from = "poll";
    }
  }

  async function send(event) {
    event.preventDefault();
    const body = bodyInput.value;
    if (!numberInput.reportValidity() || !bodyInput.reportValidity()) return;
    status.textContent = "";
    status.dataset.from = "send";
    try {
      const answer = await fetch("/api/texts", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ from: number(), body }),
      });
      const data = await answer.json();
      if (!answer.ok) {
        status.textContent = data.error || `Not sent (${answer.status}).`;
        return;
      }
      bodyInput.value = "";
      render(data.text);
      if (data.text.status !== "delivered") status.textContent = data.text.status;
    } catch (error) {
      status.textContent = "Not sent: the local Twilio server is not answering.";
    }
    bodyInput.focus();
  }

  function useNumber(value) {
    numberInput.value = value;
    localStorage.setItem("test-phone-number", value);
    clear();
    refresh();
  }

  numberInput.value = localStorage.getItem("test-phone-number") || randomNumber();
  numberInput.addEventListener("change", () => useNumber(number()));
  document.getElementById("new-number").addEventListener("click", () => useNumber(randomNumber()));
  document.getElementById("phone-form").addEventListener("submit", (e) => e.preventDefault());
  document.getElementById("send-form").addEventListener("submit", send);
  bodyInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) send(event);
  });
  refresh();
  setInterval(refresh, POLL_MS);
})();
