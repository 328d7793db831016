/* Passkeys: registration (from "My devices", as a signed request) and sign-in (second step or step-up). */
(function () {
  "use strict";

  function fromB64url(s) {
    s = s.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  }
  function toB64url(buf) {
    var s = "", a = new Uint8Array(buf);
    for (var i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function csrf() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute("content") : "";
  }
  function post(path, body) {
    return fetch(path, { method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf() }, body: JSON.stringify(body || {}) });
  }

  function register(name) {
    var TD = window.TrustDesk;
    return TD.signedFetch("/api/v1/trust/passkeys/register/options", { method: "POST" }).then(function (r) {
      if (r.status === 401) { window.location.href = "/account/step-up/?next=" + encodeURIComponent(location.pathname); throw new Error("step-up"); }
      return r.json();
    }).then(function (o) {
      o.challenge = fromB64url(o.challenge);
      o.user.id = fromB64url(o.user.id);
      (o.excludeCredentials || []).forEach(function (c) { c.id = fromB64url(c.id); });
      return navigator.credentials.create({ publicKey: o });
    }).then(function (cred) {
      var body = { name: name, credential: {
        id: cred.id, rawId: toB64url(cred.rawId), type: cred.type,
        response: { clientDataJSON: toB64url(cred.response.clientDataJSON),
                    attestationObject: toB64url(cred.response.attestationObject),
                    transports: cred.response.getTransports ? cred.response.getTransports() : [] },
        clientExtensionResults: cred.getClientExtensionResults ? cred.getClientExtensionResults() : {},
        authenticatorAttachment: cred.authenticatorAttachment || null } };
      return TD.signedFetch("/api/v1/trust/passkeys/register/verify", { method: "POST", body: JSON.stringify(body) });
    }).then(function (r) { if (!r.ok) throw new Error("verify"); window.location.reload(); });
  }

  function login(root) {
    var next = root.getAttribute("data-next") || "/me/";
    if (next.charAt(0) !== "/" || next.charAt(1) === "/") next = "/me/";
    return post("/api/v1/trust/passkeys/login/options").then(function (r) {
      if (!r.ok) throw new Error("options");
      return r.json();
    }).then(function (o) {
      o.challenge = fromB64url(o.challenge);
      (o.allowCredentials || []).forEach(function (c) { c.id = fromB64url(c.id); });
      return navigator.credentials.get({ publicKey: o });
    }).then(function (cred) {
      return post("/api/v1/trust/passkeys/login/verify", { credential: {
        id: cred.id, rawId: toB64url(cred.rawId), type: cred.type,
        response: { clientDataJSON: toB64url(cred.response.clientDataJSON),
                    authenticatorData: toB64url(cred.response.authenticatorData),
                    signature: toB64url(cred.response.signature),
                    userHandle: cred.response.userHandle ? toB64url(cred.response.userHandle) : null },
        clientExtensionResults: cred.getClientExtensionResults ? cred.getClientExtensionResults() : {},
        authenticatorAttachment: cred.authenticatorAttachment || null } });
    }).then(function (r) {
      if (!r.ok) throw new Error("verify");
      window.location.href = next;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var add = document.getElementById("td-passkey-add");
    if (add) add.addEventListener("click", function () {
      add.disabled = true;
      register(document.getElementById("td-passkey-name").value).catch(function () { add.disabled = false; });
    });
    var root = document.getElementById("td-passkey-login");
    if (root) document.getElementById("td-passkey-go").addEventListener("click", function () {
      login(root).catch(function () { document.getElementById("td-passkey-error").hidden = false; });
    });
  });
})();
