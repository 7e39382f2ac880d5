// SPDX-License-Identifier: MIT
// kgforge's interactive view (exporters/html_exporter.cpp embeds this file in every page).
// The data is the JSON block #kgforge-data; every name from it is inserted with
// textContent or drawn on the canvas, never parsed as HTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('kgforge-data').textContent);

  // Graphviz shapes (the ontology's kgf:shape) as cytoscape.js shapes.
  var POLYGONS = {
    house: [0, -1, 1, -0.35, 1, 1, -1, 1, -1, -0.35],
    invhouse: [-1, -1, 1, -1, 1, 0.35, 0, 1, -1, 0.35],
    trapezium: [-0.7, -1, 0.7, -1, 1, 1, -1, 1],
    invtrapezium: [-1, -1, 1, -1, 0.7, 1, -0.7, 1],
    invtriangle: [-1, -1, 1, -1, 0, 1],
    cds: [-1, -1, 0.75, -1, 1, 0, 0.75, 1, -1, 1]
  };
  var SHAPES = {
    ellipse: 'ellipse', oval: 'ellipse', circle: 'ellipse', doublecircle: 'ellipse', point: 'ellipse', egg: 'ellipse',
    Mcircle: 'ellipse', diamond: 'diamond', Mdiamond: 'diamond', triangle: 'triangle', pentagon: 'pentagon',
    hexagon: 'hexagon', septagon: 'heptagon', octagon: 'octagon', doubleoctagon: 'octagon', tripleoctagon: 'octagon',
    star: 'star', parallelogram: 'rhomboid', cylinder: 'barrel', square: 'rectangle', Msquare: 'rectangle'
  };
  function shapeOf(s) {
    if (POLYGONS[s]) return 'polygon';
    return SHAPES[s] || 'round-rectangle';
  }
  function points(s) { return (POLYGONS[s] || [-1, -1, 1, -1, 1, 1, -1, 1]).join(' '); }

  // --as-of (graph/view.cpp): a partial date covers its whole span; a period holds at
  // some time from `from` to `to` unless it starts after `to` or ends before `from`;
  // an event holds from its date on.
  function widen(d, end) {
    if (d.length === 4) d += end ? '-12' : '-01';
    if (d.length === 7) d += end ? '-31' : '-01';
    return d;
  }
  function heldBetween(p, from, to) {
    var start = widen(from, false), stop = widen(to, true);
    if (p.since && widen(p.since, false) > stop) return false;
    if (!p.event && p.until && widen(p.until, true) < start) return false;
    return true;
  }
  function periodText(p) {
    if (!p) return '';
    if (p.event || (p.since && p.since === p.until)) return 'on ' + p.since;
    return (p.since ? 'since ' + p.since : '') + (p.since && p.until ? ', ' : '') + (p.until ? 'until ' + p.until : '');
  }
  var DATE = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

  // The route Graphviz drew for an edge (its cubic Bezier pieces) as cytoscape.js
  // segments: points along it, each as a weight along the line between the two node
  // centres and a distance from it.
  function bezier(r, i, t) {
    var u = 1 - t, a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return [a * r[i] + b * r[i + 2] + c * r[i + 4] + d * r[i + 6],
            a * r[i + 1] + b * r[i + 3] + c * r[i + 5] + d * r[i + 7]];
  }
  function segments(e) {
    var r = e.route, s = data.nodes[e.s], t = data.nodes[e.t];
    if (e.s === e.t || !r || r.length < 8) return null;
    var dx = t.x - s.x, dy = t.y - s.y, len2 = dx * dx + dy * dy;
    if (len2 < 1) return null;
    var pts = [];
    for (var i = 0; i + 7 < r.length; i += 6) pts.push(bezier(r, i, 0.5), bezier(r, i, 1));
    pts.pop();  // the end of the last piece is the arrow's tip
    var len = Math.sqrt(len2), w = [], d = [];
    pts.forEach(function (p) {
      w.push(((p[0] - s.x) * dx + (p[1] - s.y) * dy) / len2);
      d.push(((p[1] - s.y) * dx - (p[0] - s.x) * dy) / len);
    });
    if (d.every(function (v) { return Math.abs(v) < 2; })) return null;  // straight
    return { w: w, d: d };
  }

  var elements = [];
  data.nodes.forEach(function (n, i) {
    elements.push({
      group: 'nodes',
      data: { id: 'n' + i, i: i, label: n.label, w: n.w, h: n.h, fill: n.fill, font: n.font,
              shape: shapeOf(n.shape), points: points(n.shape) },
      position: { x: n.x, y: n.y },
      classes: n.undated ? 'undated' : ''
    });
  });
  data.edges.forEach(function (e, i) {
    var seg = segments(e);
    elements.push({
      group: 'edges',
      data: { id: 'e' + i, i: i, source: 'n' + e.s, target: 'n' + e.t, label: e.label, color: e.color,
              line: e.style === 'dashed' || e.style === 'dotted' ? e.style : 'solid', width: e.style === 'bold' ? 2.5 : 1,
              sw: seg ? seg.w : [], sd: seg ? seg.d : [] },
      classes: (e.undated ? 'undated' : '') + (seg ? ' routed' : '')
    });
  });

  var FONT = 'Helvetica, Arial, sans-serif';
  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    layout: { name: 'preset', fit: true, padding: 24 },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    style: [
      { selector: 'node', style: {
        'shape': 'data(shape)', 'shape-polygon-points': 'data(points)', 'width': 'data(w)', 'height': 'data(h)',
        'background-color': 'data(fill)', 'border-width': 1, 'border-color': '#555555', 'label': 'data(label)',
        'color': 'data(font)', 'font-family': FONT, 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 1000,
        'text-valign': 'center', 'text-halign': 'center' } },
      { selector: 'node.undated', style: { 'border-style': 'dashed' } },
      { selector: 'edge', style: {
        'width': 'data(width)', 'line-color': 'data(color)', 'line-style': 'data(line)', 'target-arrow-shape': 'triangle',
        'target-arrow-color': 'data(color)', 'arrow-scale': 0.7, 'curve-style': 'bezier', 'label': 'data(label)',
        'font-family': FONT, 'font-size': 8, 'color': '#333333', 'text-wrap': 'wrap', 'text-max-width': 1000,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        'min-zoomed-font-size': 6 } },
      { selector: 'edge.routed', style: {
        'curve-style': 'round-segments', 'segment-weights': 'data(sw)', 'segment-distances': 'data(sd)',
        'segment-radius': 40, 'edge-distances': 'node-position' } },
      { selector: 'edge.undated', style: { 'line-style': 'dashed' } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: '.dim', style: { 'opacity': 0.12 } },
      { selector: '.faded', style: { 'opacity': 0.25 } },
      { selector: 'node.hit', style: { 'border-width': 4, 'border-color': '#d62728' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f77b4' } },
      { selector: 'edge:selected', style: { 'width': 3, 'line-color': '#1f77b4', 'target-arrow-color': '#1f77b4' } }
    ]
  });

  var $ = function (id) { return document.getElementById(id); };
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // Classes: one checkbox each, with the swatch of the first entity drawn with it.
  var classOn = data.classes.map(function () { return true; });
  var unclassed = data.nodes.some(function (n) { return n.classes.length === 0; });
  var classCounts = data.classes.map(function () { return 0; });
  data.nodes.forEach(function (n) { n.classes.forEach(function (c) { classCounts[c]++; }); });
  var boxes = [];
  function addClassRow(label, fill, font, count, index) {
    var li = el('li'), lab = el('label'), box = el('input'), sw = el('span', undefined, 'swatch');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.index = String(index);
    sw.style.backgroundColor = fill;
    sw.style.borderColor = font === '#000000' ? '#555555' : font;
    lab.appendChild(box);
    lab.appendChild(sw);
    lab.appendChild(el('span', label));
    li.appendChild(lab);
    li.appendChild(el('span', String(count), 'count'));
    $('classes').appendChild(li);
    box.addEventListener('change', function () {
      if (index >= 0) classOn[index] = box.checked; else unclassedOn = box.checked;
      apply();
    });
    boxes.push(box);
  }
  var unclassedOn = true;
  data.classes.forEach(function (c, i) { addClassRow(c.label, c.fill, c.font, classCounts[i], i); });
  if (unclassed) {
    addClassRow('(no class)', '#ffffff', '#000000',
                data.nodes.filter(function (n) { return n.classes.length === 0; }).length, -1);
  }
  function setAllClasses(on) {
    boxes.forEach(function (b) { b.checked = on; });
    classOn = classOn.map(function () { return on; });
    unclassedOn = on;
    apply();
  }
  $('all-classes').addEventListener('click', function () { setAllClasses(true); });
  $('no-classes').addEventListener('click', function () { setAllClasses(false); });

  // The date: a slider over the years the data names, or any date typed in.
  var years = data.years;
  var dateOn = $('date-on'), dateText = $('date-text'), slider = $('date');
  if (years) {
    slider.min = String(years[0]);
    slider.max = String(years[1]);
    slider.value = String(years[1]);
    dateText.value = data.asOf || String(years[1]);
  } else {
    $('dates').hidden = true;
  }
  function currentDate() {
    if (!dateOn.checked) return null;
    var d = dateText.value.trim();
    return DATE.test(d) ? d : null;
  }
  slider.addEventListener('input', function () {
    dateText.value = slider.value;
    dateOn.checked = true;
    apply();
  });
  dateText.addEventListener('input', function () {
    var d = dateText.value.trim();
    dateText.setCustomValidity(d === '' || DATE.test(d) ? '' : 'YYYY, YYYY-MM or YYYY-MM-DD');
    if (DATE.test(d)) {
      slider.value = d.slice(0, 4);
      dateOn.checked = true;
    }
    apply();
  });
  dateOn.addEventListener('change', apply);

  var query = '';
  $('search').addEventListener('input', function (ev) {
    query = ev.target.value.trim().toLowerCase();
    apply();
  });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      var hits = cy.nodes('.hit');
      if (hits.length) cy.animate({ fit: { eles: hits, padding: 60 } }, { duration: 300 });
    }
  });
  function matches(n) {
    if (n.name.toLowerCase().indexOf(query) >= 0 || n.id.toLowerCase().indexOf(query) >= 0) return true;
    return n.aliases.some(function (a) { return a.toLowerCase().indexOf(query) >= 0; });
  }

  // What is shown: the classes ticked, what held on the date (kgforge --as-of), and
  // among them, when a search is typed, the matches (the rest dimmed).
  var shown = { nodes: 0, edges: 0, relations: 0, matches: 0 };
  function apply() {
    var date = currentDate();
    var nodeOn = data.nodes.map(function (n) {
      var byClass = n.classes.length === 0 ? unclassedOn : n.classes.some(function (c) { return classOn[c]; });
      return byClass && (!date || !n.life || heldBetween(n.life, date, date));
    });
    var datedTouch = data.nodes.map(function () { return false; });
    var relOn = data.edges.map(function (e) {
      return e.rel.map(function (r) {
        var on = nodeOn[e.s] && nodeOn[e.t] && (!date || !r.when || heldBetween(r.when, date, date));
        if (on && date && r.when) datedTouch[e.s] = datedTouch[e.t] = true;
        return on;
      });
    });
    var hit = data.nodes.map(function (n, i) { return nodeOn[i] && query !== '' && matches(n); });
    shown = { nodes: 0, edges: 0, relations: 0, matches: 0 };
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var i = node.data('i'), n = data.nodes[i];
        node.toggleClass('hidden', !nodeOn[i]);
        node.toggleClass('hit', hit[i]);
        node.toggleClass('dim', query !== '' && !hit[i]);
        node.toggleClass('undated', date ? nodeOn[i] && !n.life && !datedTouch[i] : n.undated);
        if (nodeOn[i]) shown.nodes++;
        if (hit[i]) shown.matches++;
      });
      cy.edges().forEach(function (edge) {
        var i = edge.data('i'), e = data.edges[i], on = relOn[i];
        var count = on.filter(Boolean).length;
        edge.toggleClass('hidden', count === 0);
        edge.toggleClass('dim', query !== '' && !(hit[e.s] || hit[e.t]));
        edge.toggleClass('undated', date ? count > 0 && e.rel.every(function (r, k) { return !on[k] || !r.when; })
                                         : e.undated);
        if (count > 0) shown.edges++;
        shown.relations += count;
      });
    });
    $('summary').textContent = shown.nodes + ' of ' + data.nodes.length + ' entities, ' + shown.relations + ' of ' +
                               data.relations + ' relations shown' + (date ? ' (as of ' + date + ')' : '');
    $('search-count').textContent = query === '' ? '' : shown.matches + (shown.matches === 1 ? ' match' : ' matches') +
                                                        ' (Enter: zoom to them)';
  }

  // The facts panel: the entity's facts as kgforge lists them (the SVG's tooltip),
  // its dates and each of its relations with their dates and sources.
  function showRelations(list) {
    var ul = $('details-relations');
    ul.textContent = '';
    list.forEach(function (text) { ul.appendChild(el('li', text)); });
    $('details-relations-heading').hidden = list.length === 0;
  }
  function showNode(i) {
    var n = data.nodes[i];
    $('details').hidden = false;
    $('details-name').textContent = n.name;
    $('details-classes').textContent = n.classes.map(function (c) { return data.classes[c].label; }).join(', ');
    $('details-dates').textContent = n.life ? 'Dates: ' + periodText(n.life) : 'No dates of its own';
    var a = $('details-iri');
    a.textContent = n.iri;
    if (/^https?:\/\//i.test(n.iri)) a.href = n.iri; else a.removeAttribute('href');
    $('details-facts').textContent = n.facts;
    var rels = [];
    data.edges.forEach(function (e) {
      if (e.s === i || e.t === i) e.rel.forEach(function (r) { rels.push(r.facts); });
    });
    showRelations(rels);
  }
  function showEdge(i) {
    var e = data.edges[i];
    $('details').hidden = false;
    $('details-name').textContent = e.label;
    $('details-classes').textContent = data.nodes[e.s].name + ' \u2192 ' + data.nodes[e.t].name;
    $('details-dates').textContent = e.rel.map(function (r) { return periodText(r.when); }).filter(Boolean).join('; ');
    var a = $('details-iri');
    a.textContent = '';
    a.removeAttribute('href');
    $('details-facts').textContent = '';
    showRelations(e.rel.map(function (r) { return r.facts; }));
  }
  // A clicked entity's neighbourhood stands out; the rest fades until the background is clicked.
  function spotlight(eles) {
    cy.batch(function () {
      cy.elements().removeClass('faded');
      if (eles) cy.elements().not(eles).addClass('faded');
    });
  }
  cy.on('tap', 'node', function (ev) {
    showNode(ev.target.data('i'));
    spotlight(ev.target.closedNeighborhood());
  });
  cy.on('tap', 'edge', function (ev) {
    showEdge(ev.target.data('i'));
    spotlight(ev.target.union(ev.target.connectedNodes()));
  });
  cy.on('tap', function (ev) {
    if (ev.target !== cy) return;
    $('details').hidden = true;
    spotlight(null);
  });
  $('fit').addEventListener('click', function () { cy.animate({ fit: { padding: 24 } }, { duration: 300 }); });
  $('engine').textContent = data.layout;

  apply();
  // For tests and the console: the graph, the data and what is shown.
  window.kgforgeView = { cy: cy, data: data, apply: apply, shown: function () { return shown; }, showNode: showNode };
})();
