/* TrustDesk support chat, the employee's request list and the agent console: live updates over Server-Sent Events.
 *
 * Loaded as a static file (strict CSP: no inline script). Everything the page needs comes from data-*
 * attributes; text from the server is inserted with textContent only, never as HTML, so a message body can
 * never become markup. The stream carries small events; after every (re)connect the page re-reads what it
 * may have missed from the messages endpoint, because pub/sub delivery is at most once.
 */
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function formatTime(iso) {
    try {
      return new Date(iso).toLocaleString(document.documentElement.lang || undefined,
        { dateStyle: "short", timeStyle: "short" });
    } catch (e) {
      return iso;
    }
  }

  /* ---- conversation (employee page and agent console share it) ---- */

  function Conversation(root) {
    this.root = root;
    this.list = root.querySelector("[data-role=messages]");
    this.form = root.querySelector("[data-role=reply-form]");
    this.status = document.querySelector("[data-role=status]");
    this.agent = document.querySelector("[data-role=agent]");
    this.live = document.querySelector("[data-role=live]");
    this.lastSeq = 0;
    this.seen = {};
    var self = this;
    Array.prototype.forEach.call(this.list.querySelectorAll("[data-message-id]"), function (node) {
      self.seen[node.getAttribute("data-message-id")] = true;
      self.lastSeq = Math.max(self.lastSeq, parseInt(node.getAttribute("data-seq") || "0", 10));
    });
    if (this.form) { this.form.addEventListener("submit", function (ev) { self.send(ev); }); }
    this.connect();
  }

  Conversation.prototype.render = function (m) {
    if (!m || this.seen[m.id]) { return; }
    this.seen[m.id] = true;
    this.lastSeq = Math.max(this.lastSeq, m.seq || 0);
    var item = el("li", "td-chat-msg td-chat-" + m.author_role + (m.internal ? " td-chat-internal" : ""));
    item.setAttribute("data-message-id", m.id);
    item.setAttribute("data-seq", String(m.seq || 0));
    item.setAttribute("data-testid", "message");
    var meta = el("div", "td-chat-meta");
    meta.appendChild(el("strong", null, m.author_name));
    if (m.author_badge) { meta.appendChild(el("span", "td-badge", m.author_badge)); }
    if (m.internal) { meta.appendChild(el("span", "td-badge td-badge-note", this.root.getAttribute("data-note-label"))); }
    var time = el("time", "td-muted", formatTime(m.created_at));
    time.setAttribute("datetime", m.created_at);
    meta.appendChild(time);
    item.appendChild(meta);
    item.appendChild(el("p", "td-chat-body", m.body));
    (m.attachments || []).forEach(function (a) {
      var link = el("a", "td-attachment", a.filename);
      link.href = a.url;
      item.appendChild(link);
    });
    this.list.appendChild(item);
    item.scrollIntoView({ block: "end" });
  };

  Conversation.prototype.catchUp = function () {
    var self = this;
    var url = this.root.getAttribute("data-messages-url") + "?after=" + encodeURIComponent(this.lastSeq);
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { messages: [] }; })
      .then(function (data) {
        (data.messages || []).forEach(function (m) { self.render(m); });
        if (data.status) { self.setStatus(data.status, data.status_label); }
        if (data.agent) { self.setAgent(data.agent); }
      })
      .catch(function () { /* the next reconnect retries */ });
  };

  Conversation.prototype.setStatus = function (code, label) {
    if (!this.status) { return; }
    this.status.textContent = label || code;
    this.status.setAttribute("data-status", code);
    document.body.setAttribute("data-conversation-status", code);
  };

  Conversation.prototype.setAgent = function (agent) {
    if (!this.agent || !agent) { return; }
    var name = this.agent.querySelector("[data-role=agent-name]");
    if (name) { name.textContent = agent.name; }
    this.agent.hidden = false;
  };

  Conversation.prototype.connect = function () {
    var self = this;
    var source = new EventSource(this.root.getAttribute("data-events-url"));
    source.addEventListener("open", function () {
      if (self.live) { self.live.setAttribute("data-connected", "1"); }
      self.catchUp();
    });
    source.addEventListener("error", function () {
      if (self.live) { self.live.setAttribute("data-connected", "0"); }
    });
    source.addEventListener("message.new", function (ev) { self.render(JSON.parse(ev.data)); });
    source.addEventListener("status", function (ev) {
      var d = JSON.parse(ev.data);
      self.setStatus(d.status, d.status_label);
      if (d.reload) { window.location.reload(); }
    });
    source.addEventListener("assigned", function (ev) { self.setAgent(JSON.parse(ev.data).agent); });
    source.addEventListener("priority", function (ev) {
      var d = JSON.parse(ev.data);
      var badge = document.querySelector("[data-role=priority]");
      if (badge) {
        badge.textContent = d.priority_label;
        badge.setAttribute("data-priority", d.priority);
      }
    });
    source.addEventListener("sync", function () { self.catchUp(); });
  };

  Conversation.prototype.send = function (ev) {
    ev.preventDefault();
    var self = this;
    var form = this.form;
    var body = new FormData(form);
    var button = form.querySelector("button[type=submit]");
    var error = form.querySelector("[data-role=form-error]");
    if (button) { button.disabled = true; }
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" }
    }).then(function (r) {
      return r.json().then(function (data) { return { ok: r.ok, data: data }; });
    }).then(function (res) {
      if (!res.ok) {
        if (error) { error.textContent = res.data.detail || ""; }
        return;
      }
      if (error) { error.textContent = ""; }
      self.render(res.data.message);
      form.reset();
    }).catch(function () {
      if (error) { error.textContent = form.getAttribute("data-network-error"); }
    }).then(function () {
      if (button) { button.disabled = false; }
    });
  };

  /* ---- agent console: queue and "my conversations" refresh live ---- */

  function LivePanel(root) {
    var source = new EventSource(root.getAttribute("data-events-url"));
    var url = root.getAttribute("data-fragment-url");
    var pending = false;
    function refresh() {
      if (pending) { return; }
      pending = true;
      fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          /* server-rendered, auto-escaped template fragment from our own origin */
          if (html !== null) { root.querySelector("[data-role=panel-body]").innerHTML = html; }
        })
        .catch(function () {})
        .then(function () { pending = false; });
    }
    ["queue", "assigned", "status", "message.new", "sync"].forEach(function (name) {
      source.addEventListener(name, refresh);
    });
    source.addEventListener("open", function () {
      root.setAttribute("data-connected", "1");
      refresh();
    });
    source.addEventListener("error", function () { root.setAttribute("data-connected", "0"); });
  }

  /* ---- employee's "My requests": rows follow status, assignment and replies live ---- */

  function RequestList(root) {
    var body = root.querySelector("[data-role=list-body]");
    var live = document.querySelector("[data-role=list-live]");
    var url = root.getAttribute("data-fragment-url");
    var replied = {};
    var pending = false;
    var again = false;

    function rowOf(pk) {
      return body.querySelector('tr[data-conversation="' + String(parseInt(pk, 10)) + '"]');
    }

    /* "New reply" lasts while the page is open: the list keeps no read state on the server. */
    function showReplies() {
      Object.keys(replied).forEach(function (pk) {
        var row = rowOf(pk);
        var cell = row && row.querySelector("[data-role=row-subject]");
        if (!cell || cell.querySelector("[data-role=row-reply]")) { return; }
        var badge = el("span", "td-badge td-badge-note", root.getAttribute("data-reply-label"));
        badge.setAttribute("data-role", "row-reply");
        cell.appendChild(document.createTextNode(" "));
        cell.appendChild(badge);
      });
    }

    /* The whole table, server-rendered: after every (re)connect (delivery is at most once) and for a row
       this page does not have yet (a request opened elsewhere). */
    function refresh() {
      if (pending) { again = true; return; }
      pending = true;
      fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          /* server-rendered, auto-escaped template fragment from our own origin */
          if (html !== null) { body.innerHTML = html; showReplies(); }
        })
        .catch(function () {})
        .then(function () {
          pending = false;
          if (again) { again = false; refresh(); }
        });
    }

    function setText(row, role, text) {
      var cell = row.querySelector("[data-role=" + role + "]");
      if (cell) { cell.textContent = text || "\u2014"; }
      return cell;
    }

    function patch(d) {
      var row = rowOf(d.conversation);
      if (!row) { refresh(); return; }
      if (pending) { again = true; }  /* a table read in flight may predate this change */
      var status = setText(row, "row-status", d.status_label || d.status);
      if (status) { status.setAttribute("data-status", d.status); }
      setText(row, "row-team", d.team);
      setText(row, "row-agent", d.agent);
      var activity = row.querySelector("[data-role=row-activity]");
      if (activity && d.last_activity) {
        var time = el("time", null, formatTime(d.last_activity));
        time.setAttribute("datetime", d.last_activity);
        activity.textContent = "";
        activity.appendChild(time);
      }
      if (d.reply) {
        replied[String(parseInt(d.conversation, 10))] = true;
        showReplies();
      }
    }

    var source = new EventSource(root.getAttribute("data-events-url"));
    source.addEventListener("open", function () { if (live) { live.setAttribute("data-connected", "1"); } });
    source.addEventListener("error", function () { if (live) { live.setAttribute("data-connected", "0"); } });
    source.addEventListener("row", function (ev) { patch(JSON.parse(ev.data)); });
    source.addEventListener("sync", refresh);
  }

  /* ---- canned replies: insert the chosen text into the reply box ---- */

  function CannedReplies(select) {
    select.addEventListener("change", function () {
      var option = select.options[select.selectedIndex];
      var target = document.getElementById(select.getAttribute("data-target"));
      if (option && option.value && target) {
        target.value = option.getAttribute("data-body") || "";
        target.focus();
      }
      select.selectedIndex = 0;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var conv = document.querySelector("[data-td=conversation]");
    if (conv) { new Conversation(conv); }
    Array.prototype.forEach.call(document.querySelectorAll("[data-td=live-panel]"), function (n) {
      new LivePanel(n);
    });
    var requests = document.querySelector("[data-td=request-list]");
    if (requests) { new RequestList(requests); }
    Array.prototype.forEach.call(document.querySelectorAll("[data-td=canned]"), function (n) {
      new CannedReplies(n);
    });
  });
})();
