/**
 * The dashboard's own script, run in the browser after uPlot: reads the runs' data from the JSON element and
 * draws one uPlot chart per metric. Plain ES2017 kept as text (not compiled from TypeScript) so the page holds
 * exactly this code. The charts are left on `window.loadgateDashboard` for the browser test and for anyone
 * inspecting the page; names are set as text by uPlot (`textContent`), never as HTML.
 */
export const DASHBOARD_SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('loadgate-data').textContent);
  var palette = ['#111827', '#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d'];
  var labels = data.runs.map(function (r) { return r.label; });
  var xs = data.runs.map(function (_, i) { return i; });
  var charts = [];
  function fmt(v, unit) {
    if (v == null) return '-';
    var a = Math.abs(v);
    var s = a >= 100 ? Math.round(v).toString() : a >= 1 ? v.toFixed(1) : v.toPrecision(2);
    return s + ' ' + unit;
  }
  data.charts.forEach(function (chart) {
    var host = document.querySelector('[data-chart="' + chart.metric + '"]');
    if (!host) return;
    var opts = {
      width: Math.max(320, Math.min(host.clientWidth || 900, 1100)),
      height: 260,
      // Error rates start at 0 and show at least 0-1 %: a flat 0 % line is not drawn across 0-100.
      scales: chart.metric === 'errorRate'
        ? { x: { time: false }, y: { range: function (u, min, max) { return [0, Math.max(1, (max || 0) * 1.1)]; } } }
        : { x: { time: false } },
      legend: { live: true },
      cursor: { drag: { x: false, y: false } },
      axes: [
        {
          values: function (u, splits) {
            return splits.map(function (i) { return Number.isInteger(i) && labels[i] !== undefined ? labels[i] : ''; });
          },
          incrs: [1, 2, 5, 10, 20, 50, 100],
        },
        { label: chart.unit, values: function (u, splits) { return splits.map(function (v) { return fmt(v, ''); }); } },
      ],
      series: [{ label: 'run', value: function (u, i) { return i == null ? '-' : labels[i]; } }].concat(
        chart.series.map(function (s, i) {
          return {
            label: s.name,
            stroke: palette[i % palette.length],
            width: i === 0 ? 2.5 : 1.5,
            spanGaps: false,
            points: { show: true, size: 5 },
            value: function (u, v) { return fmt(v, chart.unit); },
          };
        }),
      ),
    };
    var plot = new uPlot(opts, [xs].concat(chart.series.map(function (s) { return s.values; })), host);
    host.setAttribute('data-rendered', 'true');
    charts.push({ metric: chart.metric, plot: plot });
  });
  window.loadgateDashboard = {
    charts: charts.map(function (c) {
      return {
        metric: c.metric,
        series: c.plot.series.slice(1).map(function (s) { return s.label; }),
        data: c.plot.data,
        canvas: c.plot.root.querySelector('canvas'),
      };
    }),
  };
})();
`;
