/* TrustDesk device key for this browser: a non-extractable ECDSA P-256 key kept in IndexedDB, used to sign
 * API requests with RFC 9421 HTTP Message Signatures (label "td", ecdsa-p256-sha256, raw r||s as WebCrypto
 * produces it). `exportKey` on the private key throws: the key can be used by this origin's scripts but never
 * copied out, which is why the Content Security Policy forbids inline and foreign scripts.
 *
 * Exposes window.TrustDesk = { loadDevice, createKey, saveDevice, forgetDevice, signedFetch, publicJwk,
 * signEnrolment }. Also: keeps the session-binding cookie fresh with a signed request every two minutes, and
 * wires buttons with data-td-post and forms with data-td-put to signed API calls.
 */
(function () {
  "use strict";
  var DB_NAME = "trustdesk", STORE = "device", RECORD = "current";
  var clockOffset = 0; // server time minus local time, in seconds, learned from the Date header
  var enc = new TextEncoder();

  function openDb() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function tx(mode, fn) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode), store = t.objectStore(STORE), out = fn(store);
        t.oncomplete = function () { resolve(out && out.result); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }

  function loadDevice() { return tx("readonly", function (s) { return s.get(RECORD); }); }
  function saveDevice(record) { return tx("readwrite", function (s) { s.put(record, RECORD); }); }
  function forgetDevice() { return tx("readwrite", function (s) { s.delete(RECORD); }); }

  function createKey() {
    // extractable=false: the private key can sign but can never be exported.
    return crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  }

  function publicJwk(keyPair) {
    return crypto.subtle.exportKey("jwk", keyPair.publicKey).then(function (jwk) {
      return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
    });
  }

  function b64(bytes) {
    var s = "", a = new Uint8Array(bytes);
    for (var i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);
    return btoa(s);
  }
  function b64url(bytes) { return b64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""); }

  function sign(privateKey, text) {
    return crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, privateKey, enc.encode(text));
  }

  function signEnrolment(keyPair, prefix, challenge) {
    return sign(keyPair.privateKey, prefix + challenge).then(b64url);
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function learnClock(response) {
    var date = response.headers.get("Date");
    if (date) {
      var server = Date.parse(date) / 1000;
      if (!isNaN(server)) clockOffset = server - Date.now() / 1000;
    }
    return response;
  }

  /* fetch() with an RFC 9421 signature: @method, @target-uri and, with a body, content-digest. */
  function signedFetch(path, options) {
    options = options || {};
    var method = (options.method || "GET").toUpperCase();
    var body = options.body === undefined ? null : options.body;
    var bytes = body === null ? null : (typeof body === "string" ? enc.encode(body) : new Uint8Array(body));
    var uri = new URL(path, window.location.origin).href;
    return loadDevice().then(function (device) {
      if (!device || !device.keyPair || !device.id) throw new Error("no-device");
      var digest = bytes && bytes.length ? crypto.subtle.digest("SHA-256", bytes) : Promise.resolve(null);
      return digest.then(function (hash) {
        var headers = new Headers(options.headers || {});
        var components = ['"@method"', '"@target-uri"'], lines = ['"@method": ' + method, '"@target-uri": ' + uri];
        if (hash) {
          var cd = "sha-256=:" + b64(hash) + ":";
          headers.set("Content-Digest", cd);
          components.push('"content-digest"');
          lines.push('"content-digest": ' + cd);
        }
        var nonce = b64url(crypto.getRandomValues(new Uint8Array(24)));
        var created = Math.floor(Date.now() / 1000 + clockOffset);
        var params = "(" + components.join(" ") + ");created=" + created + ';keyid="' + device.id +
          '";nonce="' + nonce + '";tag="trustdesk"';
        lines.push('"@signature-params": ' + params);
        return sign(device.keyPair.privateKey, lines.join("\n")).then(function (sig) {
          headers.set("Signature-Input", "td=" + params);
          headers.set("Signature", "td=:" + b64(sig) + ":");
          if (method !== "GET" && method !== "HEAD") headers.set("X-CSRFToken", csrfToken());
          if (bytes && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
          return fetch(uri, { method: method, headers: headers, body: bytes, credentials: "same-origin" });
        });
      });
    }).then(learnClock);
  }

  function refreshBinding() {
    return signedFetch("/api/v1/trust/session").catch(function () { return null; });
  }

  function wireButtons() {
    document.querySelectorAll("[data-td-post]").forEach(function (button) {
      button.addEventListener("click", function () {
        var question = button.getAttribute("data-td-confirm");
        if (question && !window.confirm(question)) return;
        button.disabled = true;
        signedFetch(button.getAttribute("data-td-post"), { method: "POST" }).then(function (r) {
          if (r.ok) { window.location.reload(); return; }
          button.disabled = false;
          return r.json().then(function (p) { window.alert(p.detail || r.status); });
        });
      });
    });
    document.querySelectorAll("form[data-td-put]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var data = {}, status = document.getElementById("td-policy-status");
        Array.prototype.forEach.call(form.elements, function (el) {
          if (!el.name) return;
          if (el.type === "checkbox") { data[el.name] = data[el.name] || []; if (el.checked) data[el.name].push(el.value); }
          else if (el.hasAttribute("data-list")) data[el.name] = el.value.split(/[\s,]+/).filter(Boolean);
          else if (el.type === "number") data[el.name] = parseInt(el.value, 10);
          else data[el.name] = el.value;
        });
        signedFetch(form.getAttribute("data-td-put"), { method: "PUT", body: JSON.stringify(data) }).then(function (r) {
          return r.json().then(function (p) {
            if (r.status === 401 && p.type && p.type.indexOf("step-up") >= 0) {
              window.location.href = "/account/step-up/?next=" + encodeURIComponent(window.location.pathname);
              return;
            }
            if (status) status.textContent = r.ok ? "✓" : (p.detail || String(r.status));
          });
        });
      });
    });
  }

  window.TrustDesk = {
    loadDevice: loadDevice, saveDevice: saveDevice, forgetDevice: forgetDevice, createKey: createKey,
    publicJwk: publicJwk, signEnrolment: signEnrolment, signedFetch: signedFetch, refreshBinding: refreshBinding
  };

  // Every page loads this script (base template): while a page is open, keep its binding cookie fresh with
  // a signed request every two minutes, and once at load if the last refresh is more than a minute old.
  function keepBound() {
    try { sessionStorage.setItem("td-bound-at", String(Date.now())); } catch (e) { /* private mode */ }
    return refreshBinding();
  }
  document.addEventListener("DOMContentLoaded", wireButtons);
  loadDevice().then(function (device) {
    if (!device || !device.id) return;
    var last = 0;
    try { last = parseInt(sessionStorage.getItem("td-bound-at") || "0", 10); } catch (e) { last = 0; }
    if (Date.now() - last > 60000) keepBound();
    window.setInterval(keepBound, 120000);
  }).catch(function () { /* no IndexedDB: the enrolment page explains */ });
})();
