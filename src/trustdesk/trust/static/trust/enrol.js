/* The "This device" page: bind the session to this browser's key, or register a new key. */
(function () {
  "use strict";
  var TD = window.TrustDesk;
  var root = document.getElementById("td-enrol");
  var statusEl = document.getElementById("td-enrol-status");
  var form = document.getElementById("td-enrol-form");
  var next = root.getAttribute("data-next") || "/";
  if (next.charAt(0) !== "/" || next.charAt(1) === "/") next = "/";

  function say(id) {
    var t = document.getElementById(id);
    statusEl.textContent = t ? t.content.textContent : id;
    statusEl.setAttribute("data-state", id.replace("td-msg-", ""));
  }

  function csrf() { return document.querySelector('meta[name="csrf-token"]').getAttribute("content"); }

  function bind() {
    return TD.signedFetch("/api/v1/trust/session/bind", { method: "POST" }).then(function (r) {
      if (r.ok) { window.location.href = next; return; }
      return r.json().then(function (p) {
        if (r.status === 409 && p.device_status) say("td-msg-" + (p.device_status === "pending" ? "pending" : "revoked"));
        else if (r.status === 409) say("td-msg-other");
        else if (r.status === 401 && (p.reasons || []).indexOf("device.pending") >= 0) say("td-msg-pending");
        else if (r.status === 401 && (p.reasons || []).some(function (c) { return /device\.(revoked|suspended|unknown)/.test(c); })) {
          say("td-msg-revoked"); form.hidden = false;
        } else say("td-msg-error");
      });
    });
  }

  function post(path, payload) {
    return fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf() },
      body: JSON.stringify(payload || {})
    });
  }

  function enrol(name) {
    return post("/api/v1/trust/devices/challenge").then(function (r) {
      if (r.status === 401) { say("td-msg-stepup"); window.location.href = root.getAttribute("data-step-up"); return null; }
      if (!r.ok) throw new Error("challenge");
      return r.json();
    }).then(function (challenge) {
      if (!challenge) return;
      return TD.createKey().then(function (keyPair) {
        return Promise.all([TD.publicJwk(keyPair), TD.signEnrolment(keyPair, challenge.sign, challenge.challenge)])
          .then(function (parts) {
            return post("/api/v1/trust/devices", {
              challenge: challenge.challenge, public_jwk: parts[0], signature: parts[1], name: name, platform: "browser"
            }).then(function (r) {
              if (!r.ok) throw new Error("enrol");
              return r.json();
            }).then(function (out) {
              return TD.saveDevice({ id: out.device.id, keyPair: keyPair }).then(function () {
                if (out.device.status === "active") return bind();
                say("td-msg-pending");
              });
            });
          });
      });
    }).catch(function () { say("td-msg-error"); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    form.hidden = true;
    enrol(document.getElementById("td-device-name").value);
  });

  document.getElementById("td-device-name").value = (navigator.userAgentData && navigator.userAgentData.platform) ||
    navigator.platform || "Browser";
  TD.loadDevice().then(function (device) {
    if (device && device.id) return bind();
    say("td-msg-new");
    form.hidden = false;
  }).catch(function () { say("td-msg-error"); });
})();
