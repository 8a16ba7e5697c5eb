// Draws the chart of the page with ECharts from the results of the SPARQL query shown under it. When drawn, the
// chart's element says so (data-state="drawn", data-points="N") and the status line gives what was drawn.
(function () {
  'use strict';
  var element = document.getElementById('chart');
  if (!element) {
    return;
  }
  var status = document.getElementById('chart-status');
  var query = document.getElementById('chart-query').textContent;

  function value(row, name) {
    return row[name] ? row[name].value : null;
  }

  function number(row, name) {
    return Number(value(row, name));
  }

  function uniqueSorted(values, compare) {
    return Array.from(new Set(values)).sort(compare);
  }

  function byNumber(a, b) {
    return Number(a) - Number(b);
  }

  function distinct(rows, name, compare) {
    return uniqueSorted(rows.map(function (r) { return value(r, name); }), compare);
  }

  // The option of a heatmap of spec.data's cells [x index, y index, count], darker for more from spec.min.
  function heatmap(spec) {
    var max = Math.max.apply(null, spec.data.map(function (d) { return d[2]; }).concat([1]));
    var yAxis = { type: 'category', inverse: true, data: spec.y, splitArea: { show: true } };
    if (spec.yLabel) {
      yAxis.axisLabel = spec.yLabel;
    }
    return {
      tooltip: { formatter: spec.tooltip },
      grid: { left: spec.left, right: 30, top: 20, bottom: 90 },
      xAxis: { type: 'category', name: spec.xName, nameLocation: 'middle', nameGap: 30, data: spec.x, splitArea: { show: true } },
      yAxis: yAxis,
      visualMap: { min: spec.min, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: spec.colors } },
      series: [{ type: 'heatmap', data: spec.data, label: { show: true }, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }]
    };
  }

  function objectivesBySdgGoals(rows) {
    var objectives = distinct(rows, 'objective', byNumber);
    var goals = distinct(rows, 'goal', byNumber);
    var data = rows.map(function (r) {
      return [goals.indexOf(value(r, 'goal')), objectives.indexOf(value(r, 'objective')), number(r, 'targets')];
    });
    return {
      points: data.length,
      option: heatmap({
        data: data, x: goals, xName: 'SDG goal', y: objectives.map(function (o) { return 'Objective ' + o; }),
        left: 110, min: 0, colors: ['#e3eef7', '#00629b'],
        tooltip: function (p) {
          return 'Objective ' + objectives[p.value[1]] + ', SDG ' + goals[p.value[0]] + ': ' + p.value[2] +
              (p.value[2] === 1 ? ' target' : ' targets');
        }
      })
    };
  }

  function instrumentsByObjectives(rows) {
    var objectives = distinct(rows, 'objective', byNumber);
    var names = distinct(rows, 'name');
    var iris = {};
    rows.forEach(function (r) { iris[value(r, 'name')] = value(r, 'instrument'); });
    var data = rows.map(function (r) {
      return [objectives.indexOf(value(r, 'objective')), names.indexOf(value(r, 'name')), number(r, 'items')];
    });
    return {
      points: data.length,
      option: heatmap({
        data: data, x: objectives, xName: 'objective', y: names, yLabel: { width: 360, overflow: 'truncate' },
        left: 380, min: 1, colors: ['#fde3c8', '#b34700'],
        tooltip: function (p) {
          return names[p.value[1]] + ', objective ' + objectives[p.value[0]] + ': named in ' + p.value[2] +
              (p.value[2] === 1 ? ' action or example' : ' actions and examples') + ' (click for the words)';
        }
      }),
      click: function (p) {
        window.location.href = '/charts/evidence?instrument=' + encodeURIComponent(iris[names[p.value[1]]]) +
            '&objective=' + encodeURIComponent(objectives[p.value[0]]);
      }
    };
  }

  function examplesByRegion(rows) {
    var regions = {};
    rows.forEach(function (r) {
      var region = value(r, 'region');
      (regions[region] = regions[region] || []).push({
        name: value(r, 'name'),
        value: number(r, 'examples'),
        iri: value(r, 'country')
      });
    });
    var data = Object.keys(regions).sort().map(function (region) {
      var countries = regions[region];
      return {
        name: region,
        value: countries.reduce(function (sum, c) { return sum + c.value; }, 0),
        children: countries
      };
    });
    return {
      points: rows.length,
      option: {
        tooltip: {
          formatter: function (p) {
            return p.name + ': ' + p.value + (p.value === 1 ? ' example' : ' examples');
          }
        },
        series: [{
          type: 'treemap',
          data: data,
          leafDepth: 2,
          roam: false,
          nodeClick: false,
          breadcrumb: { show: false },
          upperLabel: { show: true, height: 24, color: '#fff', fontWeight: 'bold' },
          label: { show: true, formatter: '{b}: {c}' },
          levels: [
            { itemStyle: { borderColor: '#fff', borderWidth: 3, gapWidth: 3 } },
            { itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 } }
          ]
        }]
      },
      click: function (p) {
        if (p.data && p.data.iri) {
          window.location.href = '/id/' + p.data.iri.substring('https://w3id.org/gcm/id/'.length);
        }
      }
    };
  }

  // Stacked bars, one per objective (all 23, those no text addresses at 0): statements and recommendations.
  function objectivesAddressed(rows) {
    var labels = rows.map(function (r) { return 'Objective ' + value(r, 'objective'); });
    var pages = rows.map(function (r) { return '/id/' + value(r, 'o').substring('https://w3id.org/gcm/id/'.length); });
    var titles = rows.map(function (r) { return value(r, 'title'); });
    var totals = rows.map(function (r) { return number(r, 'statements') + number(r, 'recommendations'); });
    function series(name, column, color) {
      return {
        name: name, type: 'bar', stack: 'texts', itemStyle: { color: color },
        label: { show: true, formatter: function (p) { return p.value > 0 ? String(p.value) : ''; } },
        data: rows.map(function (r) { return number(r, column); })
      };
    }
    return {
      points: rows.length,
      unit: 'objectives',
      option: {
        tooltip: {
          trigger: 'axis', axisPointer: { type: 'shadow' },
          formatter: function (ps) {
            var i = ps[0].dataIndex;
            return labels[i] + ': ' + echarts.format.encodeHTML(titles[i]) + '<br>' + ps.map(function (p) {
              return p.marker + p.seriesName + ': ' + p.value;
            }).join('<br>');
          }
        },
        legend: { top: 0 },
        grid: { left: 150, right: 30, top: 40, bottom: 40 },
        xAxis: { type: 'value', name: 'texts that address the objective', nameLocation: 'middle', nameGap: 26, minInterval: 1 },
        yAxis: {
          type: 'category', inverse: true, data: labels, triggerEvent: true,
          // An objective no text addresses has no bar: its label says so.
          axisLabel: { formatter: function (label) { return totals[labels.indexOf(label)] > 0 ? label : label + ' (none)'; } }
        },
        series: [series('Statements', 'statements', '#00629b'), series('Recommendations', 'recommendations', '#e07b00')]
      },
      click: function (p) {
        var i = p.componentType === 'yAxis' ? labels.indexOf(p.value) : p.dataIndex;
        if (i >= 0) {
          window.location.href = pages[i];
        }
      }
    };
  }

  var charts = {
    'objectives-sdg-goals': objectivesBySdgGoals,
    'instruments-objectives': instrumentsByObjectives,
    'examples-by-region': examplesByRegion,
    'objectives-addressed': objectivesAddressed
  };

  function fail(message) {
    element.setAttribute('data-state', 'error');
    status.textContent = message;
    status.className = 'status error';
  }

  var body = new URLSearchParams();
  body.set('query', query);
  fetch(element.getAttribute('data-endpoint'), {
    method: 'POST',
    body: body,
    headers: { Accept: 'application/sparql-results+json' }
  }).then(function (response) {
    return response.text().then(function (text) {
      if (!response.ok) {
        fail('The query failed: ' + response.status + ' ' + text.trim());
        return;
      }
      var rows = JSON.parse(text).results.bindings;
      var drawn = charts[element.getAttribute('data-chart')](rows);
      var chart = echarts.init(element);
      // Drawn at once, without ECharts' animation: a bar that is still growing is shorter than its value, and what
      // the page says is drawn should be what it shows.
      drawn.option.animation = false;
      chart.setOption(drawn.option);
      if (drawn.click) {
        chart.on('click', drawn.click);
      }
      window.addEventListener('resize', function () { chart.resize(); });
      element.setAttribute('data-points', String(drawn.points));
      element.setAttribute('data-state', 'drawn');
      status.textContent = drawn.points + ' ' + (drawn.unit || 'cells') + ' from ' + rows.length + ' rows of the query below.';
    });
  }).catch(function (e) {
    fail('The endpoint did not answer: ' + e);
  });
}());
