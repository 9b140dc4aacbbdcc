// Draws the charts a page describes in data- attributes, with uPlot: "bars" (a pay's split),
// "line" (a lease's outstanding) and "steps" (a budget's balance). Runs when the page loads and
// again on every part htmx swaps in. No inline script: the pages' policy forbids them.
(function () {
  "use strict";

  function numbers(text) {
    return text.trim().split(/\s+/).map(Number);
  }

  function seconds(text) {
    return text.trim().split(/\s+/).map(function (day) { return Date.parse(day + "T00:00:00Z") / 1000; });
  }

  function width(element) {
    return Math.max(280, Math.min(720, element.clientWidth || 480));
  }

  // Numbers and months as the page's locale writes them, e.g. "1 234" and "févr. 17" in fr-BE.
  var locale = document.documentElement.dataset.locale || document.documentElement.lang;

  function amounts(u, splits) {
    return splits.map(function (value) { return value.toLocaleString(locale); });
  }

  // Days when the chart spans a few months at most, months beyond.
  function months(u, splits) {
    var span = splits.length > 1 ? splits[splits.length - 1] - splits[0] : 0;
    var parts = span < 120 * 86400 ? {day: "numeric", month: "short"} : {month: "short", year: "2-digit"};
    parts.timeZone = "UTC";
    return splits.map(function (value) { return new Date(value * 1000).toLocaleDateString(locale, parts); });
  }

  var ink = "#1a202c";
  var grid = {stroke: "#e2e8f0"};

  function bars(element) {
    var labels = element.dataset.labels.split("|");
    var values = numbers(element.dataset.values);
    var xs = labels.map(function (label, index) { return index; });
    var top = Math.max.apply(null, values.concat([1]));
    return new uPlot({
      width: width(element), height: 260, legend: {show: false}, cursor: {show: false},
      scales: {x: {time: false, range: [-0.6, labels.length - 0.4]}, y: {range: [0, top * 1.1]}},
      axes: [
        {stroke: ink, grid: {show: false}, splits: function () { return xs; }, values: function (u, splits) {
          return splits.map(function (index) { return labels[index]; });
        }},
        {stroke: ink, grid: grid, size: 70, values: amounts}
      ],
      series: [{}, {label: element.dataset.name, fill: "#2b6cb0", stroke: "#1e4e8c", points: {show: false},
        paths: uPlot.paths.bars({size: [0.6, 80]})}]
    }, [xs, values], element);
  }

  // A single day is shown a fortnight either side: uPlot would widen it to one day only, and
  // split that day as if it spanned years.
  var fortnight = 14 * 86400;

  function timeline(element, stepped) {
    var series = {label: element.dataset.name, stroke: "#1e4e8c", width: 2, fill: "rgba(43, 108, 176, 0.12)"};
    if (stepped) series.paths = uPlot.paths.stepped({align: 1});
    var xs = seconds(element.dataset.dates);
    var first = xs[0], last = xs[xs.length - 1];
    var x = last - first < 86400 ? {time: true, auto: false, range: [first - fortnight, first + fortnight]} : {time: true};
    return new uPlot({
      width: width(element), height: 260, legend: {show: false}, scales: {x: x},
      axes: [{stroke: ink, grid: grid, values: months, space: 60}, {stroke: ink, grid: grid, size: 70, values: amounts}],
      series: [{}, series]
    }, [xs, numbers(element.dataset.values)], element);
  }

  function draw(root) {
    var charts = root.querySelectorAll ? root.querySelectorAll("[data-chart]") : [];
    Array.prototype.forEach.call(charts, function (element) {
      if (element.dataset.drawn) return;
      element.dataset.drawn = "true";
      var kind = element.dataset.chart;
      if (kind === "bars") bars(element);
      else timeline(element, kind === "steps");
    });
  }

  if (window.htmx) window.htmx.onLoad(draw);
  else document.addEventListener("DOMContentLoaded", function () { draw(document); });
})();
