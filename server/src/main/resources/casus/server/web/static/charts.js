// Line charts in SVG for the room: days on the x axis labelled with their dates, values on the
// y axis, one labelled line a series, and markers for the days something happened (an event
// injected, a ceasefire, a region changing hands). Text is at least 24 px, for a projector.
'use strict';

const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const FONT = 24;
  const MARKS = {
    inject: { colour: '#b30000', label: 'event' },
    ceasefire: { colour: '#007a33', label: 'ceasefire' },
    hands: { colour: '#6a3d9a', label: 'changed hands' },
  };

  function svg(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) {
      e.setAttribute(k, v);
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  /**
   * Draws into an <svg> element: days [d0..dn] with their dates, series [{label, colour, values}]
   * (values by day index, null where unknown), markers [{day, kind}], y from lo to hi, y ticks
   * formatted by fmt.
   */
  function line(target, { days, dates, series, markers, lo, hi, fmt }) {
    const W = Number(target.getAttribute('width'));
    const H = Number(target.getAttribute('height'));
    target.replaceChildren();
    const left = 84;
    const right = 16;
    const top = 12;
    const perRow = series.some((s) => s.label.length > 17) ? 1 : 2;
    const legendRows = Math.ceil(series.length / perRow);
    const bottom = 40 + legendRows * (FONT + 8) + 8;
    const w = W - left - right;
    const h = H - top - bottom;
    const n = Math.max(1, days.length - 1);
    const x = (i) => left + (i / n) * w;
    const y = (v) => top + h - ((v - lo) / (hi - lo || 1)) * h;
    target.append(svg('rect', { x: left, y: top, width: w, height: h, fill: '#fafafa', stroke: '#999' }));
    for (const t of [lo, (lo + hi) / 2, hi]) {
      target.append(svg('line', { x1: left, x2: left + w, y1: y(t), y2: y(t), stroke: '#ddd' }));
      target.append(svg('text', { x: left - 8, y: y(t) + FONT / 3, 'text-anchor': 'end', 'font-size': FONT }, fmt(t)));
    }
    // The first and last dates, and the middle one where there is room for it.
    const ticks = days.length <= 1 ? [0] : days.length < 5 ? [0, days.length - 1] : [0, Math.floor((days.length - 1) / 2), days.length - 1];
    for (const i of [...new Set(ticks)]) {
      const anchor = i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle';
      target.append(svg('text', { x: x(i), y: top + h + FONT + 6, 'text-anchor': anchor, 'font-size': FONT }, dates[i] || ''));
    }
    for (const m of markers || []) {
      const i = days.indexOf(m.day);
      if (i < 0) {
        continue;
      }
      const mark = MARKS[m.kind];
      target.append(svg('line', { x1: x(i), x2: x(i), y1: top, y2: top + h, stroke: mark.colour, 'stroke-width': 3,
        'stroke-dasharray': '8 6', 'data-marker': m.kind }));
    }
    series.forEach((s, k) => {
      const pts = [];
      s.values.forEach((v, i) => {
        if (v !== null && v !== undefined && Number.isFinite(v)) {
          pts.push(x(i).toFixed(1) + ',' + y(v).toFixed(1));
        }
      });
      if (pts.length === 1) {
        const [px, py] = pts[0].split(',');
        target.append(svg('circle', { cx: px, cy: py, r: 5, fill: s.colour }));
      } else if (pts.length > 1) {
        target.append(svg('polyline', { points: pts.join(' '), fill: 'none', stroke: s.colour, 'stroke-width': 4 }));
      }
      const lx = left + (k % perRow) * (w / 2);
      const ly = top + h + 40 + Math.floor(k / perRow) * (FONT + 8) + FONT;
      target.append(svg('rect', { x: lx, y: ly - FONT + 6, width: 24, height: 14, fill: s.colour }));
      const label = s.label.length > 36 ? s.label.slice(0, 35) + '…' : s.label;
      target.append(svg('text', { x: lx + 32, y: ly, 'font-size': FONT }, label));
    });
  }

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** 2023-09-19 as 19 Sep 2023. */
  function shortDate(date) {
    const [y, m, d] = String(date).split('-');
    return d ? Number(d) + ' ' + MONTHS[Number(m) - 1] + ' ' + y : String(date);
  }

  return { line, MARKS, shortDate };
})();
