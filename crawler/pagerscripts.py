"""The sandbox that runs a list page's pager scripts: an embedded V8 (``mini-racer``) against a
stub browser whose ``document.write`` and ``location`` record what the page would show or go to
(:class:`ScriptRunner`). :mod:`crawler.listpages` hands it the page's inline scripts and the calls
its pager links make, and reads the links out of what they wrote.

Bounded: a run takes at most :data:`SCRIPT_TIMEOUT_MS` and :data:`SCRIPT_MAX_WRITES` writes; a
script that fails or loops costs its page's pager, never the crawl.
"""

from __future__ import annotations

import atexit
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

#: at most this many pages of one list are generated from one pager at once (the trap bound)
PAGER_BOUND = 200
#: a pager script runs at most this long (ms) and writes at most this many strings
SCRIPT_TIMEOUT_MS = 400
SCRIPT_MAX_WRITES = 4000


_SANDBOX = r"""
(function (__scripts, __calls, __base, __maxWrites, __els) {
  var __out = [], __nav = [], __err = [], __writes = 0, __hits = [], __ready = [];
  function __w() {
    if (++__writes > __maxWrites) throw new Error("__too_many_writes");
    for (var i = 0; i < arguments.length; i++) __out.push(String(arguments[i]));
  }
  function __wh(v) { if (typeof v === "string" && v.indexOf("<") >= 0) __w(v); }
  function __go(v) { if (v !== undefined && v !== null && String(v) !== "") __nav.push(String(v)); }
  var __jq = new Proxy(function () {}, {
    get: function (t, k) {
      if (k === "length") return 0;
      if (k === Symbol.toPrimitive) return function () { return ""; };
      if (k === "value") return "";
      if (k === "html" || k === "append" || k === "prepend" || k === "after" || k === "before" ||
          k === "replaceWith" || k === "insertAdjacentHTML") {
        return function () { for (var i = 0; i < arguments.length; i++) __wh(arguments[i]); return __jq; };
      }
      return __jq;
    },
    set: function (t, k, v) { if (k === "innerHTML" || k === "outerHTML") __wh(v); return true; },
    apply: function () { return __jq; },
    construct: function () { return __jq; }
  });
  // the page's elements that scripts look up (ids, classes, attributes): a tiny DOM for pagers
  // that read their numbers from the page (data- attributes) and write their links into it
  function __camel(n) { return n.replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); }); }
  function __kebab(n) { return n.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }); }
  function __match(e, sel) {
    sel = String(sel).trim();
    var m = /^([a-zA-Z][\w-]*)?(?:#([\w-]+))?(?:\.([\w-]+))?$/.exec(sel);
    if (!m || !(m[1] || m[2] || m[3])) return false;
    if (m[1] && e.tag !== m[1].toLowerCase()) return false;
    if (m[2] && e.id !== m[2]) return false;
    if (m[3] && (" " + e.cls + " ").indexOf(" " + m[3] + " ") < 0) return false;
    return true;
  }
  function __find(sel) {
    var out = [], parts = String(sel).split(",");
    for (var i = 0; i < __els.length; i++)
      for (var j = 0; j < parts.length; j++) if (__match(__els[i], parts[j])) { out.push(__els[i]); break; }
    return out;
  }
  function __wrap(list) {
    var self = new Proxy(function () {}, {
      get: function (t, k) {
        if (k === "__wrapped") return true;
        if (k === "length") return list.length;
        if (k === Symbol.toPrimitive) return function () { return ""; };
        if (typeof k === "string" && /^\d+$/.test(k)) return list[+k] ? __wrap([list[+k]]) : undefined;
        var e = list[0];
        if (k === "attr" || k === "getAttribute" || k === "prop") return function (n, v) {
          if (v !== undefined) return self;
          var a = e ? e.attrs[String(n).toLowerCase()] : undefined;
          return a === undefined ? undefined : a;
        };
        if (k === "data") return function (n, v) {
          if (v !== undefined || !e) return v !== undefined ? self : undefined;
          var a = e.attrs["data-" + __kebab(String(n))];
          if (a === undefined) return undefined;
          return /^-?\d+(\.\d+)?$/.test(a) ? Number(a) : a;
        };
        if (k === "dataset") {
          var d = {};
          if (e) for (var n in e.attrs) if (n.indexOf("data-") === 0) d[__camel(n.slice(5))] = e.attrs[n];
          return d;
        }
        if (k === "value" || k === "val") {
          var val = e && e.attrs.value !== undefined ? e.attrs.value : "";
          return k === "val" ? function () { return val; } : val;
        }
        if (k === "id") return e ? e.id : "";
        if (k === "className") return e ? e.cls : "";
        if (k === "each" || k === "forEach") return function (fn) {
          for (var i = 0; i < list.length; i++) {
            var one = __wrap([list[i]]);
            if (k === "each") fn.call(one, i, one); else fn.call(one, one, i);
          }
          return self;
        };
        if (k === "ready") return function (fn) { if (typeof fn === "function") __ready.push(fn); return self; };
        return __jq[k];
      },
      set: function (t, k, v) { if (k === "innerHTML" || k === "outerHTML") __wh(v); return true; },
      apply: function () { return self; }
    });
    return self;
  }
  var __dollar = new Proxy(function () {}, {
    get: function (t, k) {
      if (k === "each") return function (o, fn) {
        if (o && typeof o.length === "number") { for (var i = 0; i < o.length; i++) fn.call(o[i], i, o[i]); }
        else if (o) { for (var n in o) fn.call(o[n], n, o[n]); }
        return o;
      };
      return __jq[k];
    },
    apply: function (t, that, args) {
      var a = args[0];
      if (a && a.__wrapped === true) return a;
      if (typeof a === "function") { __ready.push(a); return __wrap([]); }
      if (typeof a === "string" && a.trim().charAt(0) !== "<") return __wrap(__find(a));
      if (a === __doc || a === __win) return __wrap([]);
      return __jq;
    }
  });
  function __byId(id) { var m = __find("#" + id); return m.length ? __wrap(m) : __jq; }
  var __loc = {assign: __go, replace: __go, reload: function () {}, toString: function () { return __base; },
               search: "", hash: "", pathname: "", hostname: "", host: "", protocol: "http:", port: ""};
  Object.defineProperty(__loc, "href", {get: function () { return __base; }, set: __go});
  var __doc = {write: __w, writeln: __w, getElementById: __byId,
               getElementsByTagName: function () { return []; }, getElementsByName: function () { return []; },
               getElementsByClassName: function (c) { return __wrap(__find("." + c)); },
               querySelector: function (s) { var m = __find(s); return m.length ? __wrap(m.slice(0, 1)) : __jq; },
               querySelectorAll: function (s) { return __wrap(__find(s)); }, createElement: function () { return __jq; },
               addEventListener: function (n, fn) { if (n === "DOMContentLoaded" && typeof fn === "function") __ready.push(fn); },
               cookie: "", referrer: "", title: "", body: __jq, forms: __jq,
               all: __jq, documentElement: __jq, readyState: "complete"};
  Object.defineProperty(__doc, "location", {get: function () { return __loc; }, set: __go});
  Object.defineProperty(__doc, "URL", {get: function () { return __base; }});
  var __win = {open: function (u) { __go(u); return __jq; }, alert: function () {}, confirm: function () { return true; },
               setTimeout: function () {}, setInterval: function () {}, clearTimeout: function () {},
               clearInterval: function () {}, addEventListener: function (n, fn) {
                 if ((n === "load" || n === "DOMContentLoaded") && typeof fn === "function") __ready.push(fn); },
               attachEvent: function () {},
               navigator: {userAgent: "Mozilla/5.0", appName: "Netscape", language: "zh-CN"},
               screen: {width: 1366, height: 768}, document: __doc, event: __jq, history: __jq};
  Object.defineProperty(__win, "location", {get: function () { return __loc; }, set: __go});
  var __g = {};
  Object.defineProperty(__g, "location", {get: function () { return __loc; }, set: __go});
  __g.window = __win; __g.self = __win; __g.top = __win; __g.parent = __win; __g.document = __doc;
  __g.$ = __dollar; __g.jQuery = __dollar; __g.open = __win.open; __g.alert = __win.alert; __g.confirm = __win.confirm;
  __g.setTimeout = __win.setTimeout; __g.setInterval = __win.setInterval; __g.navigator = __win.navigator;
  __g.screen = __win.screen; __g.event = __jq; __g.history = __jq;
  with (__g) {
    for (var __i = 0; __i < __scripts.length; __i++) {
      try { eval(__scripts[__i]); } catch (e) { __err.push("script: " + String(e && e.message || e)); }
    }
    // document ready: $(function () {...}), $(document).ready(...), DOMContentLoaded / load listeners
    for (var __r = 0; __r < __ready.length && __r < 50; __r++) {
      try { __ready[__r].call(__doc, __dollar); } catch (e) { __err.push("ready: " + String(e && e.message || e)); }
    }
    for (var __j = 0; __j < __calls.length; __j++) {
      var __before = __nav.length, __wbefore = __out.length;
      try { eval(__calls[__j]); } catch (e) { __err.push("call " + __calls[__j] + ": " + String(e && e.message || e)); }
      if (__nav.length > __before || __out.length > __wbefore) __hits.push(__calls[__j]);
    }
  }
  return JSON.stringify({out: __out.join(""), nav: __nav, err: __err, hits: __hits});
})
"""

#: TRS WCM's createPageHTML, for pages whose copy lives in an external createPageHTML.js: every page
#: when there are at most PAGER_BOUND, else first / previous / next only (a broken count is not walked)
TRS_DEFAULT = """
function createPageHTML() {
  var a = Array.prototype.slice.call(arguments), n, cur, name, ext;
  if (typeof a[0] === "string" && isNaN(parseInt(a[0], 10))) {
    // WCM's newer form: (target div, page count, current page from 1, name, extension, record count)
    n = parseInt(a[1], 10); cur = (parseInt(a[2], 10) || 1) - 1; name = a[3]; ext = a[4];
  } else {
    // (page count, current page from 0, name, extension)
    n = parseInt(a[0], 10); cur = parseInt(a[1], 10) || 0; name = a[2]; ext = a[3];
  }
  if (!(n > 1)) return;
  function u(i) { return i == 0 ? name + "." + ext : name + "_" + i + "." + ext; }
  if (n <= %d) { for (var i = 0; i < n; i++) document.write('<a href="' + u(i) + '">' + (i + 1) + '</a> '); return; }
  document.write('<a href="' + u(0) + '">首页</a> ');
  if (cur > 0) document.write('<a href="' + u(cur - 1) + '">上一页</a> ');
  document.write('<a href="' + u(cur + 1) + '">下一页</a> ');
}
""" % PAGER_BOUND


class ScriptRunner:
    """Runs a page's pager scripts in an embedded V8 (one isolate, re-made every 500 pages so
    globals a page leaks cannot pile up), with a time and output limit. Thread-safe.

    >>> r = ScriptRunner()
    >>> r.run(["function goPage(n){ location.href = 'list.jsp?pageNo=' + n; }"], ["goPage(2)"], "http://a/")["nav"]
    ['list.jsp?pageNo=2']
    """

    def __init__(self, timeout_ms: int = SCRIPT_TIMEOUT_MS) -> None:
        self.timeout_ms = timeout_ms
        self._ctx: Any = None
        self._fn: Any = None
        self._uses = 0
        self._lock = threading.RLock()
        self._registered = False
        self._pool: ThreadPoolExecutor | None = None
        self.available = True

    def _context(self) -> Any:
        if self._ctx is None or self._uses >= 500:
            from py_mini_racer import MiniRacer

            self._close()
            self._ctx = MiniRacer()
            self._uses = 0
            if not self._registered:
                atexit.register(self.close)  # V8 isolates left to __del__ hang the interpreter's exit
                self._registered = True
        self._uses += 1
        return self._ctx

    def _close(self) -> None:
        if self._ctx is not None:
            ctx, self._ctx = self._ctx, None
            try:
                ctx.close()
            except Exception:  # noqa: BLE001 (closing a broken isolate)
                pass

    def close(self) -> None:
        """Release the V8 isolate and the worker thread (both are made again on the next :meth:`run`)."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            try:
                pool.submit(self._close).result()
            except RuntimeError:  # the interpreter is shutting down: close from here
                self._close()
            pool.shutdown(wait=True)
        else:
            self._close()

    def run(self, scripts: list[str], calls: list[str], base_url: str,
            elements: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """``{"out": what document.write wrote, "nav": URLs the page went to, "err": [errors]}``.

        ``elements``: the page's elements scripts may look up (``{"tag", "id", "cls", "attrs"}``):
        ``document.getElementById``, ``$("#id")``, ``$(".cls").each(...)``, ``.attr()``, ``.data()``
        read them, and what is written into them (``innerHTML``, ``.html()``, ``.append()``) counts
        as written. Document-ready functions (``$(function () {...})``) run after the scripts.

        The script runs on a worker thread of its own: mini-racer enforces a timeout only outside
        an event loop, and Scrapy's callbacks run inside one."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pager-js")
        return self._pool.submit(self._run, scripts, calls, base_url, elements or []).result()

    def _run(self, scripts: list[str], calls: list[str], base_url: str,
             elements: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        try:
            with self._lock:
                ctx = self._context()
                source = (
                    _SANDBOX + "(" + json.dumps(scripts) + "," + json.dumps(calls) + "," + json.dumps(base_url)
                    + "," + str(SCRIPT_MAX_WRITES) + "," + json.dumps(elements or []) + ")"
                )
                result = ctx.eval(source, timeout=self.timeout_ms, max_memory=256 * 1024 * 1024)
            return json.loads(result)
        except ImportError:
            self.available = False
            return {"out": "", "nav": [], "err": ["no JavaScript engine (pip install mini-racer)"]}
        except Exception as exc:  # timeout, memory, engine errors: the page's script is at fault
            if "timeout" not in type(exc).__name__.lower():
                self.close()  # an isolate in an unknown state is not reused
            return {"out": "", "nav": [], "err": [f"pager script failed: {type(exc).__name__}: {exc}"[:300]]}


_RUNNER: ScriptRunner | None = None


def default_runner() -> ScriptRunner:
    global _RUNNER
    if _RUNNER is None:
        _RUNNER = ScriptRunner()
    return _RUNNER
