// Accord network map: search, filters, legend and details for the vis network.
// Every string from the data is put on the page with textContent, never as
// HTML, so names and sentences from articles can hold markup without it
// running.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("accord-data").textContent);
  // nodes: [label, aliases, country, kind, iri, x, y, value, legend index, score]
  // edges: [from, to, weight, [agreement indices]]
  // agreements: [type, signed, [field indices], exchanges, evidence, article title, url]
  var N = data.nodes;
  var E = data.edges;
  var A = data.agreements;
  var small = data.physics;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function plural(count, word) {
    return count.toLocaleString("en") + " " + word + (count === 1 ? "" : "s");
  }

  function humanCode(code) {
    return code ? String(code).replace(/_/g, " ") : "";
  }

  function countryName(code) {
    if (!code) return "unknown";
    var name = data.countries[code];
    return name ? name + " (" + code + ")" : code;
  }

  // --- adjacency, for partner lists --------------------------------------
  var incident = new Array(N.length);
  for (var i = 0; i < N.length; i++) incident[i] = [];
  for (var k = 0; k < E.length; k++) {
    incident[E[k][0]].push(k);
    incident[E[k][1]].push(k);
  }

  // --- what vis-network holds ---------------------------------------------
  // Small maps (physics on) give vis every edge: springs, curves, hover.
  // Large maps give it the nodes only and draw the edges on its canvas in
  // one path per line width: vis builds a deep copy of its options for each
  // edge (about 0.1 ms apiece), too slow for tens of thousands of them.
  // Filters only flip these flags and refresh the views.
  var canvasEdges = !small;
  var edgeVisible = new Uint8Array(E.length).fill(1);
  var nodeVisible = new Uint8Array(N.length).fill(1);
  var legend = data.legend;
  var nodeItems = new Array(N.length);
  for (i = 0; i < N.length; i++) {
    var n = N[i];
    nodeItems[i] = { id: i, label: n[0], x: n[5], y: n[6], value: n[7], color: legend[n[8]][1] };
  }
  var edgeWidth = E.map(function (e) { return Math.min(1 + 2 * Math.log2(e[2]), 9); });
  var nodeSet = new vis.DataSet(nodeItems);
  var nodeView = new vis.DataView(nodeSet, { filter: function (item) { return nodeVisible[item.id] === 1; } });
  var edgeView = null;
  if (!canvasEdges) {
    var edgeSet = new vis.DataSet(E.map(function (e, index) {
      return { id: index, from: e[0], to: e[1], width: edgeWidth[index] };
    }));
    edgeView = new vis.DataView(edgeSet, { filter: function (item) { return edgeVisible[item.id] === 1; } });
  }

  var options = {
    autoResize: true,
    layout: { improvedLayout: false },
    physics: small
      ? {
        enabled: true,
        solver: "barnesHut",
        barnesHut: { gravitationalConstant: -4000, springLength: 140, avoidOverlap: 0.2 },
        stabilization: { enabled: true, iterations: 300, fit: true },
      }
      : { enabled: false },
    nodes: {
      shape: "dot",
      borderWidth: 1,
      scaling: { min: 6, max: 40, label: { enabled: true, min: 12, max: 20, drawThreshold: 6, maxVisible: 24 } },
      font: { face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
    },
    edges: {
      smooth: { type: "continuous" },
      color: { color: "rgba(110,110,110,0.35)", highlight: "#d62728", hover: "#d62728", inherit: false },
      selectionWidth: 2,
    },
    interaction: { hover: small, tooltipDelay: 100 },
  };
  var container = document.getElementById("map");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView || [] }, options);
  window.network = network;

  // --- the edge layer of large maps ----------------------------------------
  // Each frame strokes the visible lines with an end in view, most important
  // first (more agreements, then larger ends), until LINE_BUDGET screen
  // pixels of line are spent: without a GPU, rasterising runs at roughly
  // 0.1 us a pixel here, and tens of thousands of long lines across a
  // zoomed-in view took several seconds a frame. The rest are counted and
  // a note says so; zooming in or filtering shows them.
  var LINE_BUDGET = 1e7;
  var CHUNK = 500;
  var selectedNode = -1;
  var selectedEdge = -1;
  var viewMoving = false;
  var movingTimer = null;
  var drawn = new Uint8Array(E.length);
  var priority = E.map(function (e, index) { return index; });
  priority.sort(function (a, b) {
    return E[b][2] - E[a][2] || (N[E[b][0]][7] + N[E[b][1]][7]) - (N[E[a][0]][7] + N[E[a][1]][7]) || a - b;
  });
  var edgeNote = document.getElementById("edge-note");

  function inView(point, view) {
    return point.x >= view.left && point.x <= view.right && point.y >= view.top && point.y <= view.bottom;
  }

  function strokeLines(ctx, indices, width, colour) {
    var nodes = network.body.nodes;
    ctx.lineWidth = width;
    ctx.strokeStyle = colour;
    for (var start = 0; start < indices.length; start += CHUNK) {
      ctx.beginPath();
      for (var j = start; j < Math.min(start + CHUNK, indices.length); j++) {
        var e = E[indices[j]];
        var a = nodes[e[0]];
        var b = nodes[e[1]];
        if (!a || !b) continue;
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
      }
      ctx.stroke();
    }
  }

  // widths in screen pixels whatever the zoom, so zooming in does not turn
  // thousands of lines into wide strokes
  function deviceWidth(width) {
    return width <= 1 ? 1 : Math.min(1 + width / 3, 4);
  }

  function viewBox() {
    var canvas = network.canvas.frame.canvas;
    var topLeft = network.DOMtoCanvas({ x: 0, y: 0 });
    var bottomRight = network.DOMtoCanvas({ x: canvas.clientWidth, y: canvas.clientHeight });
    return { left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y };
  }

  function drawEdgeLayer(ctx) {
    var view = viewBox();
    var scale = network.getScale();
    var nodes = network.body.nodes;
    var diagonal = Math.hypot(view.right - view.left, view.bottom - view.top);
    drawn.fill(0);
    var groups = {};
    var spent = 0;
    var inViewCount = 0;
    var drawnCount = 0;
    // while the view pans or zooms only the selection is drawn, as vis's
    // own hideEdgesOnDrag does, so moving stays smooth
    for (var j = 0; !viewMoving && j < priority.length; j++) {
      var index = priority[j];
      if (!edgeVisible[index]) continue;
      var a = nodes[E[index][0]];
      var b = nodes[E[index][1]];
      if (!a || !b || (!inView(a, view) && !inView(b, view))) continue;
      inViewCount++;
      var cost = Math.min(Math.hypot(b.x - a.x, b.y - a.y), diagonal) * scale * deviceWidth(edgeWidth[index]);
      if (spent + cost > LINE_BUDGET) continue;
      spent += cost;
      drawn[index] = 1;
      drawnCount++;
      (groups[edgeWidth[index]] = groups[edgeWidth[index]] || []).push(index);
    }
    Object.keys(groups).forEach(function (width) {
      strokeLines(ctx, groups[width], deviceWidth(Number(width)) / scale, "rgba(110,110,110,0.35)");
    });
    if (selectedNode >= 0) {
      var own = incident[selectedNode].filter(function (k) { return edgeVisible[k]; });
      own.forEach(function (k) { drawn[k] = 1; });
      strokeLines(ctx, own, 2 / scale, "#d62728");
    }
    if (selectedEdge >= 0) strokeLines(ctx, [selectedEdge], 3 / scale, "#d62728");
    var note = drawnCount < inViewCount
      ? "Showing the " + drawnCount.toLocaleString("en") + " most important of " +
        inViewCount.toLocaleString("en") + " lines in view: zoom in or filter to see the rest."
      : "";
    if (edgeNote.textContent !== note) {
      edgeNote.textContent = note;
      edgeNote.hidden = !note;
    }
  }

  if (canvasEdges) {
    network.on("beforeDrawing", drawEdgeLayer);
    var moving = function () {
      viewMoving = true;
      clearTimeout(movingTimer);
    };
    var settled = function () {
      clearTimeout(movingTimer);
      movingTimer = setTimeout(function () { viewMoving = false; network.redraw(); }, 150);
    };
    network.on("dragStart", function (params) { if (!params.nodes.length) moving(); });
    network.on("dragEnd", settled);
    network.on("zoom", function () { moving(); settled(); });
  }

  // the visible edge nearest to a canvas point, within a few pixels
  function edgeAt(point) {
    var nodes = network.body.nodes;
    var best = -1;
    var bestDistance = 6 / network.getScale();
    for (var j = 0; j < E.length; j++) {
      if (!drawn[j]) continue;
      var a = nodes[E[j][0]];
      var b = nodes[E[j][1]];
      if (!a || !b) continue;
      var dx = b.x - a.x;
      var dy = b.y - a.y;
      var length2 = dx * dx + dy * dy;
      var t = length2 ? Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length2)) : 0;
      var distance = Math.hypot(point.x - a.x - t * dx, point.y - a.y - t * dy);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = j;
      }
    }
    return best;
  }

  // how many edges and nodes are on show (vis counts its own in small maps)
  window.accordMap = {
    shownNodes: function () { return nodeView.length; },
    shownEdges: function () {
      if (edgeView) return edgeView.length;
      var count = 0;
      for (var j = 0; j < E.length; j++) count += edgeVisible[j];
      return count;
    },
    shownEdgePairs: function () {
      var pairs = [];
      for (var j = 0; j < E.length; j++) if (edgeVisible[j]) pairs.push([E[j][0], E[j][1]]);
      return pairs;
    },
  };

  // --- ready signal: first full drawing with the final layout ------------
  // fit the nodes, then step back a little so labels at the edge show too
  function fitWithMargin() {
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
  }

  function markReady() {
    fitWithMargin();
    // ready once the drawing is on screen: two animation frames after it
    network.once("afterDrawing", function () {
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          window.accordReadyAt = performance.now();
          window.accordReady = true;
          document.body.setAttribute("data-ready", "true");
        });
      });
    });
    network.redraw();
  }
  if (small) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      markReady();
    });
  } else {
    markReady();
  }

  // --- summary and legend --------------------------------------------------
  var summary = document.getElementById("summary");
  summary.textContent = plural(N.length, "institution") + ", " + plural(E.length, "partnership") +
    " (" + plural(A.length, "agreement") + ")";
  document.getElementById("legend-title").textContent = "Colour: " + data.colorBy;
  var legendList = document.getElementById("legend");
  legend.forEach(function (entry) {
    var li = el("li");
    var swatch = el("span", null, "swatch");
    swatch.style.background = entry[1];
    li.appendChild(swatch);
    li.appendChild(el("span", entry[0]));
    li.appendChild(el("span", entry[2], "count"));
    legendList.appendChild(li);
  });
  document.getElementById("size-note").textContent =
    "Node size: " + humanCode(data.sizeBy) + ". Line width: number of agreements." +
    (small ? " Hover or click for details." : " Click a node or a line for details.");

  // --- details: one renderer for tooltip and side panel -------------------
  function partnersOf(index) {
    var list = incident[index].map(function (edgeIndex) {
      var edge = E[edgeIndex];
      return [edge[0] === index ? edge[1] : edge[0], edge[2]];
    });
    list.sort(function (a, b) { return b[1] - a[1] || N[a[0]][0].localeCompare(N[b[0]][0]); });
    return list;
  }

  function describeNode(index, limit) {
    var n = N[index];
    var box = document.createDocumentFragment();
    box.appendChild(el("h3", n[0]));
    if (n[1].length) box.appendChild(el("p", "Also: " + n[1].join(", "), "muted"));
    box.appendChild(el("p", humanCode(n[3]) + ", " + countryName(n[2])));
    box.appendChild(el("p", humanCode(data.sizeBy) + ": " + n[9], "muted"));
    var partners = partnersOf(index);
    box.appendChild(el("p", plural(partners.length, "partner") + ":"));
    var ul = el("ul");
    partners.slice(0, limit).forEach(function (p) {
      ul.appendChild(el("li", N[p[0]][0] + (p[1] > 1 ? " (" + p[1] + " agreements)" : "")));
    });
    if (partners.length > limit) ul.appendChild(el("li", "and " + (partners.length - limit) + " more", "muted"));
    box.appendChild(ul);
    return box;
  }

  function describeAgreement(a) {
    var div = el("div", null, "agreement");
    var head = [humanCode(a[0]), a[1] || "date not stated"];
    div.appendChild(el("strong", head.join(", ")));
    if (a[2].length) div.appendChild(el("div", "Fields: " + a[2].map(function (f) { return data.fields[f]; }).join(", ")));
    if (a[3].length) div.appendChild(el("div", "Exchange: " + a[3].join(", ")));
    if (a[4]) div.appendChild(el("blockquote", "\u201c" + a[4] + "\u201d"));
    var source = el("div", null, "muted");
    var label = a[5] || a[6] || "source article";
    if (/^https?:\/\//i.test(a[6] || "")) {
      var link = el("a", label);
      link.href = a[6];
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      source.appendChild(link);
    } else {
      source.textContent = label;
    }
    div.appendChild(source);
    return div;
  }

  function describeEdge(index, limit) {
    var e = E[index];
    var box = document.createDocumentFragment();
    box.appendChild(el("h3", N[e[0]][0] + " \u2014 " + N[e[1]][0]));
    box.appendChild(el("p", plural(e[3].length, "agreement"), "muted"));
    e[3].slice(0, limit).forEach(function (a) { box.appendChild(describeAgreement(A[a])); });
    if (e[3].length > limit) box.appendChild(el("p", "and " + (e[3].length - limit) + " more", "muted"));
    return box;
  }

  var details = document.getElementById("details");
  function showDetails(fragment) {
    details.replaceChildren(fragment);
    details.hidden = false;
  }

  var tooltip = document.getElementById("tooltip");
  function showTooltip(fragment, params) {
    tooltip.replaceChildren(fragment);
    tooltip.hidden = false;
    var rect = container.getBoundingClientRect();
    var x = rect.left + params.pointer.DOM.x + 14;
    var y = rect.top + params.pointer.DOM.y + 14;
    tooltip.style.left = Math.min(x, window.innerWidth - tooltip.offsetWidth - 8) + "px";
    tooltip.style.top = Math.min(y, window.innerHeight - tooltip.offsetHeight - 8) + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }

  network.on("hoverNode", function (params) { showTooltip(describeNode(params.node, 8), params); });
  network.on("hoverEdge", function (params) { showTooltip(describeEdge(params.edge, 2), params); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  function select(node, edge) {
    selectedNode = node;
    selectedEdge = edge;
    if (node >= 0) showDetails(describeNode(node, 200));
    else if (edge >= 0) showDetails(describeEdge(edge, 200));
    else details.hidden = true;
    if (canvasEdges) network.redraw();
  }

  network.on("click", function (params) {
    hideTooltip();
    if (params.nodes.length) select(params.nodes[0], -1);
    else if (params.edges.length) select(-1, params.edges[0]);
    else if (canvasEdges) select(-1, edgeAt(params.pointer.canvas));
    else select(-1, -1);
  });

  // --- search ----------------------------------------------------------------
  var status = document.getElementById("status");
  var searchInput = document.getElementById("search");
  var keyed = N.map(function (n, index) {
    return { index: index, names: [n[0].toLowerCase()].concat(n[1].map(function (a) { return a.toLowerCase(); })) };
  });

  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return -1;
    var tests = [
      function (name) { return name === q; },
      function (name) { return name.indexOf(q) === 0; },
      function (name) { return name.indexOf(q) >= 0; },
    ];
    for (var t = 0; t < tests.length; t++) {
      var best = -1;
      for (var j = 0; j < keyed.length; j++) {
        if (keyed[j].names.some(tests[t]) && (best < 0 || N[j][7] > N[best][7])) best = j;
      }
      if (best >= 0) return best;
    }
    return -1;
  }

  function focusNode(index) {
    network.selectNodes([index]);
    network.focus(index, { scale: Math.max(network.getScale(), 1.2), animation: false });
    select(index, -1);
  }

  var namesFilled = false;
  searchInput.addEventListener("focus", function () {
    if (namesFilled) return;
    namesFilled = true;
    var list = document.getElementById("search-names");
    var seen = new Set();
    N.forEach(function (n) {
      [n[0]].concat(n[1]).forEach(function (name) {
        if (seen.has(name)) return;
        seen.add(name);
        var option = document.createElement("option");
        option.value = name;
        list.appendChild(option);
      });
    });
  });

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = searchInput.value;
    var index = findNode(query);
    if (index < 0) {
      status.textContent = "No institution matches \u201c" + query.trim() + "\u201d.";
    } else if (!nodeVisible[index]) {
      status.textContent = N[index][0] + " has no agreement matching the filters.";
    } else {
      status.textContent = "";
      focusNode(index);
    }
  });

  // --- filters ---------------------------------------------------------------
  var fieldSelect = document.getElementById("filter-field");
  var typeSelect = document.getElementById("filter-type");
  var fromInput = document.getElementById("filter-from");
  var toInput = document.getElementById("filter-to");
  var hideBox = document.getElementById("filter-hide");
  data.fields.forEach(function (field, index) {
    var option = el("option", field);
    option.value = String(index);
    fieldSelect.appendChild(option);
  });
  data.types.forEach(function (type) {
    var option = el("option", humanCode(type));
    option.value = type;
    typeSelect.appendChild(option);
  });
  if (data.years) {
    [fromInput, toInput].forEach(function (input) {
      input.min = data.years[0];
      input.max = data.years[1];
    });
    fromInput.placeholder = data.years[0];
    toInput.placeholder = data.years[1];
  }
  var agreementYear = A.map(function (a) { return a[1] ? parseInt(a[1].slice(0, 4), 10) : null; });

  function applyFilters() {
    var field = fieldSelect.value === "" ? -1 : parseInt(fieldSelect.value, 10);
    var type = typeSelect.value;
    var from = fromInput.value === "" ? null : parseInt(fromInput.value, 10);
    var to = toInput.value === "" ? null : parseInt(toInput.value, 10);
    var active = field >= 0 || type !== "" || from !== null || to !== null;
    var ok = A.map(function (a, index) {
      var year = agreementYear[index];
      return (type === "" || a[0] === type) &&
        (field < 0 || a[2].indexOf(field) >= 0) &&
        (from === null || (year !== null && year >= from)) &&
        (to === null || (year !== null && year <= to));
    });
    var hide = active && hideBox.checked;
    nodeVisible.fill(hide ? 0 : 1);
    var shownEdges = 0;
    for (var j = 0; j < E.length; j++) {
      var visible = E[j][3].some(function (a) { return ok[a]; }) ? 1 : 0;
      edgeVisible[j] = visible;
      if (visible) {
        shownEdges++;
        nodeVisible[E[j][0]] = 1;
        nodeVisible[E[j][1]] = 1;
      }
    }
    var shownNodes = 0;
    for (j = 0; j < N.length; j++) shownNodes += nodeVisible[j];
    if (edgeView) edgeView.refresh();
    nodeView.refresh();
    if (canvasEdges) {
      if (selectedEdge >= 0 && !edgeVisible[selectedEdge]) select(-1, -1);
      network.redraw();
    }
    hideTooltip();
    status.textContent = active
      ? "Showing " + plural(shownEdges, "partnership") + " between " + plural(shownNodes, "institution") + "."
      : "";
  }

  [fieldSelect, typeSelect, fromInput, toInput, hideBox].forEach(function (input) {
    input.addEventListener("change", applyFilters);
  });
  document.getElementById("filter-reset").addEventListener("click", function () {
    fieldSelect.value = "";
    typeSelect.value = "";
    fromInput.value = "";
    toInput.value = "";
    applyFilters();
  });
})();
