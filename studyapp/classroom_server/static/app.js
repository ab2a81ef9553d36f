// The student page of a StudyApp class. Every text from the server goes in with textContent only
// (never innerHTML): a name or a prompt holding "<script>" shows as those characters.
"use strict";

const STORE = "studyapp-class";
let token = null;
let view = null;
let shownId = null;
let secondsLeft = null;
let sending = false;
let lastVerdict = null; // self-paced: the verdict of the answer just sent, until "Next question"
let pollTimer = null;

const $ = (id) => document.getElementById(id);

function setText(id, text) { $(id).textContent = text == null ? "" : String(text); }

function saved() {
  try { return JSON.parse(localStorage.getItem(STORE) || "{}"); } catch (e) { return {}; }
}

async function api(path, body) {
  const headers = { "Accept": "application/json" };
  if (token) headers["Authorization"] = "Bearer " + token;
  const options = { headers, cache: "no-store" };
  if (body !== undefined) {
    options.method = "POST";
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  let data = {};
  try { data = await response.json(); } catch (e) { data = {}; }
  return { status: response.status, data };
}

async function join(code, name, oldToken) {
  setText("join-error", "");
  $("join").disabled = true;
  try {
    const body = { code, name };
    if (oldToken) body.token = oldToken;
    const { status, data } = await api("/api/join", body);
    if (status !== 200) {
      setText("join-error", data.error || ("The class server said no (" + status + ")."));
      return false;
    }
    token = data.token;
    localStorage.setItem(STORE, JSON.stringify({ code, name: data.student.name, token }));
    $("join-form").hidden = true;
    $("play").hidden = false;
    listen();
    await refresh();
    return true;
  } catch (e) {
    setText("join-error", "Cannot reach the class server; check the Wi-Fi and the address.");
    return false;
  } finally {
    $("join").disabled = false;
  }
}

function listen() {
  // Live updates by server-sent events; polling stays on (slower) in case they are blocked.
  if (window.EventSource) {
    const events = new EventSource("/api/events");
    events.onmessage = () => refresh();
  }
  pollTimer = setInterval(refresh, window.EventSource ? 5000 : 1500);
  setInterval(tick, 1000);
}

async function refresh() {
  // While a self-paced verdict is on screen the next question is not fetched: its time would run.
  if (!token || lastVerdict) return;
  try {
    const { status, data } = await api("/api/state");
    if (status === 401) {
      setText("status", "The class has ended or you are no longer in it.");
      return;
    }
    if (status === 200) { view = data; render(); setText("status", ""); }
  } catch (e) {
    setText("status", "Connection lost; trying again…");
  }
}

function tick() {
  if (secondsLeft == null || view == null || view.phase !== "question") return;
  secondsLeft = Math.max(0, secondsLeft - 1);
  setText("countdown", secondsLeft);
  if (secondsLeft === 0) refresh();
}

function scoreLine(score) {
  return "Your score: " + score.points + " right of " + score.answered + " answered (" + score.total + " questions)";
}

function render() {
  setText("title", view.title);
  setText("score", scoreLine(view.score));
  const q = view.question;
  if (view.phase === "waiting") {
    showPrompt("Hello " + view.name + "! Waiting for the teacher to start…", null);
    return;
  }
  if (view.phase === "finished" || view.phase === "ended") {
    const s = view.score;
    showPrompt((view.phase === "ended" ? "The class has ended. " : "Done! ") +
               "You got " + s.points + " of " + s.total + " right.", null);
    setText("verdict", "");
    if (pollTimer && view.phase === "ended") { clearInterval(pollTimer); pollTimer = null; }
    return;
  }
  setText("position", "Question " + q.number + " of " + q.total);
  if (q.id !== shownId) {
    shownId = q.id;
    showPrompt(q.prompt, q);
    setText("verdict", "");
  }
  const closed = view.phase === "closed";
  secondsLeft = closed ? null : q.seconds_left;
  setText("countdown", secondsLeft == null ? "" : secondsLeft);
  enable(!q.answered && !closed && secondsLeft !== 0);
  if (closed) {
    const r = view.reveal;
    const verdict = r.correct === true ? "Right!" : r.correct === false ? "Not this time." : "No answer given.";
    setText("verdict", verdict + " The answer: " + r.answer);
    $("verdict").className = r.correct ? "good" : "bad";
    markKey(r.answer);
  } else if (q.answered) {
    setText("verdict", "Your answer is in. Wait for the teacher to show the answer.");
    $("verdict").className = "";
  } else if (secondsLeft === 0) {
    setText("verdict", "Time is up.");
  }
}

function showPrompt(text, question) {
  setText("prompt", text);
  const box = $("choices");
  box.replaceChildren();
  $("typed-form").hidden = true;
  showNextButton(false);
  if (!question) { setText("position", ""); setText("countdown", ""); secondsLeft = null; return; }
  if (question.choices.length) {
    question.choices.forEach((choice, index) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = (index + 1) + "  " + choice;
      button.dataset.choice = choice;
      button.addEventListener("click", () => send(choice, button));
      box.appendChild(button);
    });
  } else {
    $("typed-form").hidden = false;
    $("typed").value = "";
  }
  $("prompt").focus();
}

function enable(on) {
  for (const button of $("choices").children) button.disabled = !on;
  $("typed").disabled = !on;
}

function markKey(key) {
  for (const button of $("choices").children) {
    if (button.dataset.choice === key) button.classList.add("key");
  }
}

function showNextButton(on) { $("next").hidden = !on; if (on) $("next").focus(); }

async function send(text, button) {
  if (sending || !view || !view.question) return;
  sending = true;
  enable(false);
  if (button) button.classList.add("picked");
  const question = view.question;
  try {
    const { data } = await api("/api/answer", { question: question.id, answer: text });
    if (!data.accepted) {
      setText("verdict", data.reason || "Your answer was not accepted.");
    } else if (data.correct !== undefined) { // each student at their own pace: the verdict at once
      setText("verdict", data.correct ? "Right!" : "Not this time. The answer: " + data.answer);
      $("verdict").className = data.correct ? "good" : "bad";
      markKey(data.answer);
      lastVerdict = { question: question.id };
      setText("countdown", "");
      secondsLeft = null;
      showNextButton(true);
    } else {
      setText("verdict", "Your answer is in. Wait for the teacher to show the answer.");
    }
  } catch (e) {
    setText("verdict", "Cannot reach the class server; try again.");
    enable(true);
  } finally {
    sending = false;
    refresh();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(location.search);
  const remembered = saved();
  const code = (params.get("code") || remembered.code || "").toUpperCase();
  $("code").value = code;
  if (remembered.name) $("name").value = remembered.name;
  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const again = saved();
    const sameName = again.name && again.name === $("name").value.trim() && again.code === $("code").value.trim().toUpperCase();
    join($("code").value.trim().toUpperCase(), $("name").value, sameName ? again.token : null);
  });
  $("typed-form").addEventListener("submit", (event) => {
    event.preventDefault();
    send($("typed").value, null);
  });
  $("next").addEventListener("click", () => {
    lastVerdict = null;
    shownId = null;
    refresh();
  });
  document.addEventListener("keydown", (event) => {
    if (event.target.tagName === "INPUT") return;
    const n = parseInt(event.key, 10);
    const buttons = $("choices").children;
    if (n >= 1 && n <= buttons.length && !buttons[n - 1].disabled) buttons[n - 1].click();
  });
  if (remembered.token && remembered.code && remembered.code === code) {
    join(code, remembered.name, remembered.token); // back after a reload: the same student
  }
  (code ? $("name") : $("code")).focus();
});
