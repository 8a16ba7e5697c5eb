// The query editor: CodeMirror on the text area, and Run showing the results as a table under it. CSV and JSON are
// plain form submissions to the endpoint. No data reaches the page as markup: every value is set as text.
(function () {
  'use strict';
  var form = document.getElementById('query-form');
  if (!form) {
    return;
  }
  var textarea = document.getElementById('query-text');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var editor = CodeMirror.fromTextArea(textarea, {
    mode: 'application/sparql-query',
    lineNumbers: true,
    indentUnit: 2,
    viewportMargin: Infinity,
    extraKeys: { 'Ctrl-Enter': run, 'Cmd-Enter': run }
  });
  var ID = 'https://w3id.org/gcm/id/';
  // The prefixes listed beside the editor, to show IRIs short.
  var prefixes = [];
  document.querySelectorAll('dl.prefixes dt').forEach(function (dt) {
    prefixes.push([dt.textContent, dt.nextElementSibling.textContent]);
  });

  function shortName(iri) {
    for (var i = 0; i < prefixes.length; i++) {
      var local = iri.substring(prefixes[i][1].length);
      if (iri.indexOf(prefixes[i][1]) === 0 && /^[A-Za-z0-9_.-]*$/.test(local)) {
        return prefixes[i][0] + local;
      }
    }
    return iri;
  }

  function say(text, kind) {
    status.textContent = text;
    status.className = 'status' + (kind ? ' ' + kind : '');
  }

  function href(iri) {
    return iri.indexOf(ID) === 0 ? '/id/' + iri.substring(ID.length) : iri;
  }

  function cell(term) {
    var td = document.createElement('td');
    if (!term) {
      return td;
    }
    if (term.type === 'uri') {
      var a = document.createElement('a');
      a.href = href(term.value);
      a.title = term.value;
      a.textContent = shortName(term.value);
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term['xml:lang']) {
        var lang = document.createElement('span');
        lang.className = 'note';
        lang.textContent = ' @' + term['xml:lang'];
        td.appendChild(lang);
      }
    }
    return td;
  }

  function table(data) {
    var vars = data.head.vars;
    var rows = data.results.bindings;
    var t = document.createElement('table');
    t.className = 'statements results-table';
    var head = t.createTHead().insertRow();
    vars.forEach(function (v) {
      var th = document.createElement('th');
      th.textContent = v;
      head.appendChild(th);
    });
    var body = t.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      vars.forEach(function (v) {
        tr.appendChild(cell(row[v]));
      });
    });
    results.appendChild(t);
    return rows.length;
  }

  function run() {
    editor.save();
    say('Running…');
    results.textContent = '';
    var started = Date.now();
    var body = new URLSearchParams();
    body.set('query', editor.getValue());
    fetch(form.getAttribute('data-endpoint'), {
      method: 'POST',
      body: body,
      headers: { Accept: 'application/sparql-results+json, text/turtle;q=0.9' }
    }).then(function (response) {
      return response.text().then(function (text) {
        var ms = Date.now() - started;
        if (!response.ok) {
          say('Error ' + response.status + ': ' + text.trim(), 'error');
          return;
        }
        var type = response.headers.get('Content-Type') || '';
        var limit = response.headers.get('X-Result-Limit');
        if (type.indexOf('json') >= 0) {
          var data = JSON.parse(text);
          if (typeof data.boolean === 'boolean') {
            say('Answer: ' + data.boolean + ' (' + ms + ' ms)');
            return;
          }
          var n = table(data);
          say(n + (n === 1 ? ' row' : ' rows') + ' in ' + ms + ' ms' +
              (limit && n >= Number(limit) ? ' (cut at ' + limit + ')' : ''));
        } else {
          var pre = document.createElement('pre');
          pre.className = 'rdf';
          pre.textContent = text;
          results.appendChild(pre);
          say('Turtle, ' + ms + ' ms');
        }
      });
    }).catch(function (e) {
      say('The endpoint did not answer: ' + e, 'error');
    });
  }

  form.addEventListener('submit', function (event) {
    // CSV and JSON go to the endpoint as a normal form submission; Run stays on the page.
    if (event.submitter && event.submitter.name === 'format') {
      editor.save();
      return;
    }
    event.preventDefault();
    run();
  });
  if (form.getAttribute('data-autorun') === 'true') {
    run();
  }
}());
