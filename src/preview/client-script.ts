/**
 * The script the preview page loads (served from /__gongwen/preview.js, never part of the
 * published HTML). It
 *  - marks, for each diagnostic in the panel, the rendered element made from the source line
 *    the diagnostic points at: the element whose text holds the most of that line's pieces
 *    (template expressions, Markdown/YAML syntax and punctuation removed; the piece under the
 *    diagnostic's column counts double), with an outline and a note in the page margin;
 *  - listens on the event stream and, when the server has a newer build, fetches the page
 *    and swaps in its body and styles, so the scroll position stays where the clerk was.
 * Everything taken from the page is set with textContent / setAttribute: nothing is parsed as HTML
 * except the server's own page.
 */
import { EVENTS_PATH } from './inject-live-reload.js';

export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var EVENTS = '${EVENTS_PATH}';
  // A run of text between spaces, punctuation and Markdown/YAML syntax.
  var PIECE = /[^\s,，。；;：:、|*#>"'“”‘’（）()\[\]{}《》!！?？]+/g;
  var notes = [];

  function versionOf(doc) {
    var meta = doc.querySelector('meta[name="gwp-version"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function useful(piece, atColumn) {
    if (/[\u3400-\u9fff]{2}|[A-Za-z]{2}|\d{2}/.test(piece)) return true;
    return atColumn && /[\u3400-\u9fff\w]/.test(piece);
  }

  function piecesOf(source, column) {
    var text = source.replace(/\{\{[^}]*\}\}|<!--.*?-->/g, function (m) { return ' '.repeat(m.length); });
    var at = Array.from(text).slice(0, Math.max(column - 1, 0)).join('').length;
    var out = [];
    var m;
    PIECE.lastIndex = 0;
    while ((m = PIECE.exec(text))) {
      var atColumn = m.index <= at && at < m.index + m[0].length;
      if (useful(m[0], atColumn)) out.push({ text: m[0], weight: m[0].length * (atColumn ? 2 : 1) });
    }
    return out;
  }

  function candidates() {
    var list = [];
    document.body.querySelectorAll('*').forEach(function (el) {
      // Inline runs (a 楷体 lead-in, a bold word) are not marked: the paragraph holding them is.
      if (el.closest('#gwp-panel, #gwp-notes, script, style') || getComputedStyle(el).display === 'inline') return;
      list.push({ el: el, text: el.textContent || '' });
    });
    return list;
  }

  // Highest score wins; on a tie the innermost element (a paragraph rather than the section holding it).
  function find(pieces, list) {
    var best = null;
    var bestScore = 1;
    list.forEach(function (c) {
      var score = 0;
      pieces.forEach(function (p) { if (c.text.indexOf(p.text) >= 0) score += p.weight; });
      if (score > bestScore || (best && score === bestScore && best.contains(c.el))) {
        best = c.el;
        bestScore = score;
      }
    });
    return best;
  }

  function mark() {
    notes = [];
    var layer = document.createElement('div');
    layer.id = 'gwp-notes';
    document.body.appendChild(layer);
    var list = candidates();
    document.querySelectorAll('#gwp-panel .gwp-diag').forEach(function (item) {
      var source = item.getAttribute('data-source');
      var target = source ? find(piecesOf(source, Number(item.getAttribute('data-column'))), list) : null;
      if (!target) {
        item.classList.add('gwp-unplaced');
        return;
      }
      var severity = item.classList.contains('gwp-error') ? 'error' : 'warning';
      var message = item.querySelector('.gwp-message').textContent;
      var hint = item.querySelector('.gwp-hint');
      target.classList.add('gwp-flag', 'gwp-flag-' + severity);
      target.setAttribute('title', (target.getAttribute('title') ? target.getAttribute('title') + '\n' : '') + message);
      var note = document.createElement('div');
      note.className = 'gwp-note gwp-note-' + severity;
      note.textContent = item.querySelector('.gwp-severity').textContent + '：' + message;
      if (hint) note.setAttribute('title', hint.textContent);
      layer.appendChild(note);
      notes.push({ note: note, target: target });
      item.classList.add('gwp-placed');
      item.addEventListener('click', function () { target.scrollIntoView({ block: 'center', behavior: 'smooth' }); });
    });
    place();
  }

  // Each note level with its element, pushed down when it would overlap the note above.
  function place() {
    var base = document.body.getBoundingClientRect().top;
    var placed = notes.map(function (n) { return { n: n, top: n.target.getBoundingClientRect().top - base }; });
    placed.sort(function (a, b) { return a.top - b.top; });
    var bottom = -Infinity;
    placed.forEach(function (p) {
      var top = Math.max(p.top, bottom + 4);
      p.n.note.style.top = top + 'px';
      bottom = top + p.n.note.offsetHeight;
    });
  }

  var shown = versionOf(document);
  var wanted = shown;
  var loading = false;

  function reload() {
    loading = true;
    fetch(location.pathname, { cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        document.head.querySelectorAll('style').forEach(function (s) { s.remove(); });
        next.head.querySelectorAll('style').forEach(function (s) { document.head.appendChild(document.adoptNode(s)); });
        document.title = next.title;
        document.body.replaceWith(document.adoptNode(next.body));
        shown = versionOf(next);
        mark();
        loading = false;
        if (wanted !== shown) reload();
      }, function () {
        // The server is gone or restarting: the event stream reconnects and says which build to fetch.
        loading = false;
      });
  }

  new EventSource(EVENTS).onmessage = function (event) {
    wanted = event.data;
    if (wanted !== shown && !loading) reload();
  };
  window.addEventListener('resize', place);
  mark();
})();
`;
