// Tessera web UI: progressive enhancement only. Every page works without
// this file except wallet sign-in, claims and dealing, which need a wallet.
"use strict";

(function () {
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function hexOf(text) {
    var bytes = new TextEncoder().encode(text), out = "0x";
    for (var i = 0; i < bytes.length; i++) out += bytes[i].toString(16).padStart(2, "0");
    return out;
  }

  async function postJSON(url, body) {
    var res = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body || {})
    });
    var data = await res.json().catch(function () { return {}; });
    if (!res.ok) {
      var e = data.error || {};
      throw new Error(e.message || ("request failed: HTTP " + res.status));
    }
    return data;
  }

  function say(el, text, kind) {
    if (!el) return;
    el.textContent = text;
    el.className = "status" + (kind ? " " + kind : "");
  }

  // Long actions: the button shows what is happening and cannot be pressed
  // twice. enhance runs again on sections a live update replaces.
  function enhance(root) {
    $all("form[data-busy]", root).forEach(function (form) {
      form.addEventListener("submit", function () {
        var btn = $("button[type=submit]", form);
        form.setAttribute("aria-busy", "true");
        if (btn) { btn.disabled = true; btn.dataset.label = btn.textContent; btn.textContent = form.dataset.busy; }
      });
    });
  }
  enhance(document);

  // Links that run something long (a verification report) say so.
  $all("a[data-busy]").forEach(function (a) {
    a.addEventListener("click", function () {
      a.setAttribute("aria-busy", "true");
      a.textContent = a.dataset.busy;
    });
  });

  $all("[data-back]").forEach(function (a) {
    if (history.length > 1) a.addEventListener("click", function (ev) { ev.preventDefault(); history.back(); });
  });

  // Sign-In with Ethereum (EIP-4361): the server writes the message with a
  // one-time nonce, the wallet signs it, the server verifies the signature.
  var siwe = $("#siwe");
  if (siwe) {
    siwe.addEventListener("click", async function () {
      var status = $("#siwe-status");
      if (!window.ethereum) { say(status, "No wallet found: install a wallet extension and reload.", "error-text"); return; }
      siwe.disabled = true; siwe.setAttribute("aria-busy", "true");
      try {
        say(status, "Asking your wallet for its address…");
        var accounts = await window.ethereum.request({ method: "eth_requestAccounts" });
        var address = accounts[0];
        var m = await postJSON("/ui/siwe/message", { address: address });
        say(status, "Sign the message in your wallet…");
        var sig = await window.ethereum.request({ method: "personal_sign", params: [hexOf(m.message), address] });
        say(status, "Checking the signature…");
        var ok = await postJSON("/ui/siwe/verify", { message: m.message, signature: sig });
        say(status, "Signed in as " + ok.address + ".", "ok");
        location.assign(ok.next);
      } catch (e) {
        say(status, "Sign-in failed: " + (e && e.message ? e.message : e), "error-text");
        siwe.disabled = false; siwe.removeAttribute("aria-busy");
      }
    });
  }

  // sendAndWait has the wallet send one transaction and waits for its
  // receipt; a revert or no receipt within two minutes is an error.
  async function sendAndWait(tx, status, what) {
    say(status, "Confirm " + what + " in your wallet…");
    var hash = await window.ethereum.request({ method: "eth_sendTransaction", params: [{ from: tx.from, to: tx.to, data: tx.data }] });
    say(status, "Sent " + hash.slice(0, 10) + "…; waiting for the block…");
    for (var i = 0; i < 120; i++) {
      var rc = await window.ethereum.request({ method: "eth_getTransactionReceipt", params: [hash] });
      if (rc) {
        if (rc.status !== "0x1") throw new Error(what + " reverted");
        return rc;
      }
      await new Promise(function (r) { setTimeout(r, 1000); });
    }
    throw new Error("no receipt yet; reload later");
  }

  // Claims: the server prepares the Distributor call, the wallet sends it.
  $all("button[data-claim]").forEach(function (btn) {
    btn.addEventListener("click", async function () {
      var status = btn.parentNode.querySelector(".status");
      btn.disabled = true; btn.setAttribute("aria-busy", "true");
      try {
        say(status, "Preparing the claim…");
        var tx = await postJSON("/ui/portal/claims/" + encodeURIComponent(btn.dataset.claim));
        var rc = await sendAndWait(tx, status, "the claim transaction");
        say(status, "Claimed in block " + parseInt(rc.blockNumber, 16) + ".", "ok");
        btn.remove();
        setTimeout(function () { location.reload(); }, 1500);
      } catch (e) {
        say(status, "Claim failed: " + (e && e.message ? e.message : e), "error-text");
        btn.disabled = false; btn.removeAttribute("aria-busy");
      }
    });
  });

  // Dealing: each form names its action (data-dealing); the server
  // prepares the calls for the signed-in wallet (or says why not), and the
  // wallet sends them one after the other.
  $all("form[data-dealing]").forEach(function (form) {
    form.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      var status = $(".status", form), btn = $("button[type=submit]", form);
      if (!window.ethereum) { say(status, "No wallet found: install a wallet extension and reload.", "error-text"); return; }
      var body = { action: form.dataset.dealing };
      new FormData(form).forEach(function (v, k) { if (v !== "") body[k] = v; });
      btn.disabled = true; form.setAttribute("aria-busy", "true");
      try {
        say(status, "Preparing the calls…");
        var p = await postJSON(form.getAttribute("action"), body);
        for (var i = 0; i < p.calls.length; i++) {
          var c = p.calls[i];
          await sendAndWait({ from: p.from, to: c.to, data: c.data }, status,
            "call " + (i + 1) + " of " + p.calls.length + " (" + c.description.split(":")[0] + ")");
        }
        var done = "Done";
        if (p.expected.length) done += ": " + p.expected.join("; ");
        if (p.day) done += " — " + p.day;
        say(status, done + ".", "ok");
        setTimeout(function () { location.reload(); }, 1500);
      } catch (e) {
        say(status, "Not sent: " + (e && e.message ? e.message : e), "error-text");
        btn.disabled = false; form.removeAttribute("aria-busy");
      }
    });
  });

  // Live sections: each names the event types that change it
  // (data-live-types) and maybe its asset (data-live-asset). The page's
  // event stream (a WebSocket, authenticated by the session cookie) says
  // when; the section is then fetched again and replaced in place, unless
  // the user is working in it. While the stream is down or the server runs
  // none, the sections are polled every 5 s instead.
  var live = $all("[data-live]");
  if (live.length) {
    var main = $("main"), streamPath = main.dataset.stream;
    var stale = new Set(), timer = null, poll = null, cursor = "", backoff = 1000;

    var typesOf = function (el) { return (el.dataset.liveTypes || "").split(",").filter(Boolean); };
    var status = function (el, text) { say($("[data-live-status]", el), text, "muted"); };

    var refresh = async function () {
      timer = null;
      var want = Array.from(stale);
      if (!want.length) return;
      try {
        var res = await fetch(location.href, { credentials: "same-origin" });
        if (!res.ok) return;
        var doc = new DOMParser().parseFromString(await res.text(), "text/html");
        want.forEach(function (el) {
          if (el.contains(document.activeElement) || $("[aria-busy]", el)) return; // the user is working here: later
          stale.delete(el);
          var fresh = doc.querySelector('[data-live="' + el.dataset.live + '"]');
          var was = $("[data-live-status]", el), now = fresh && $("[data-live-status]", fresh);
          if (was && now) { now.textContent = was.textContent; now.className = was.className; } // not a change
          if (fresh && fresh.innerHTML !== el.innerHTML) {
            el.innerHTML = fresh.innerHTML;
            enhance(el);
            status(el, "Updated " + new Date().toLocaleTimeString() + ".");
          }
        });
      } catch (e) { /* offline: the next event or poll tries again */ }
      if (stale.size && !timer) timer = setTimeout(refresh, 2000);
    };
    var schedule = function (els) {
      els.forEach(function (el) { stale.add(el); });
      if (!timer) timer = setTimeout(refresh, 150);
    };
    var startPolling = function () {
      if (!poll) poll = setInterval(function () { schedule(live); }, 5000);
    };
    var stopPolling = function () { clearInterval(poll); poll = null; };

    var types = [], assets = [];
    live.forEach(function (el) {
      typesOf(el).forEach(function (t) { if (types.indexOf(t) < 0) types.push(t); });
      if (assets.indexOf(el.dataset.liveAsset || "") < 0) assets.push(el.dataset.liveAsset || "");
    });
    var connect = function () {
      var q = "?types=" + encodeURIComponent(types.join(","));
      if (assets.length === 1 && assets[0]) q += "&asset=" + encodeURIComponent(assets[0]);
      if (cursor) q += "&after=" + encodeURIComponent(cursor);
      var ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + streamPath + q);
      var opened = false;
      ws.onmessage = function (m) {
        var e;
        try { e = JSON.parse(m.data); } catch (err) { return; }
        cursor = e.cursor || cursor;
        if (e.type === "hello") {
          opened = true; backoff = 1000; stopPolling();
          main.dataset.streamState = "open";
          live.forEach(function (el) { status(el, "Live: changes appear as they happen."); });
          return;
        }
        schedule(live.filter(function (el) {
          return typesOf(el).indexOf(e.type) >= 0 && (!el.dataset.liveAsset || el.dataset.liveAsset === e.asset_id);
        }));
      };
      ws.onclose = function () {
        main.dataset.streamState = "closed";
        if (!opened) cursor = ""; // refused (an expired cursor, say): start afresh
        live.forEach(function (el) { status(el, "Reconnecting to live updates; refreshing every 5 s meanwhile."); });
        startPolling();
        schedule(live); // catch up on what happened while disconnected
        setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 30000);
      };
    };
    if (streamPath && window.WebSocket) connect(); else startPolling();
  }
})();
