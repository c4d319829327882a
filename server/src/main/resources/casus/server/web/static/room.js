// The room view: joins a session as a spectator with its join code and draws it for the
// projector, live: the clock, the seat board, who holds each region, the day's headlines and
// the charts of the run so far. It only reads; it sends nothing but the join and pings.
'use strict';

(() => {
  const { el } = Casus;
  const room = {
    indicators: new Map(),
    opening: new Map(),
    history: [],
    headlines: [],
    names: new Map(),
    colours: new Map(),
    board: null,
    nextDue: 0,
  };

  function show() {
    const code = (Casus.params().get('code') || '').trim();
    if (!code) {
      const form = document.getElementById('ask');
      form.hidden = false;
      document.getElementById('code').focus();
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        location.search = '?code=' + encodeURIComponent(document.getElementById('code').value.trim().toUpperCase());
      });
      return;
    }
    room.code = code.toUpperCase();
    room.conn = new Casus.Connection({ clientName: 'room view' }, {
      onWelcome: joined,
      onPush: pushed,
      onStatus: (s, why) => { document.getElementById('status').textContent = s === 'connected' ? '' : s + (why ? ': ' + why : ''); },
    });
    room.conn.open().catch((e) => refuse(e.message));
    setInterval(drawClock, 250);
  }

  function refuse(message) {
    document.getElementById('room').hidden = true;
    const form = document.getElementById('ask');
    form.hidden = false;
    document.getElementById('ask-error').textContent = message;
  }

  async function joined(welcome) {
    room.address = welcome.roomAddress || location.origin + '/';
    let m;
    try {
      m = await room.conn.request('joinSession', { joinCode: room.code, role: 'SPECTATOR' });
    } catch (e) {
      refuse(e.message);
      return;
    }
    const j = m.joined;
    room.session = j.session;
    const s = j.situation;
    room.states = s.states || [];
    room.states.forEach((st, i) => {
      room.names.set(st.id, st.name);
      room.colours.set(st.id, Casus.PALETTE[i % Casus.PALETTE.length]);
    });
    (s.treaties || []).forEach((t) => room.names.set(t.id, t.name.length <= 24 ? t.name : t.id));
    (s.regions || []).forEach((r) => room.names.set(r.id, r.name));
    room.regions = s.regions || [];
    room.conflicts = s.conflicts || [];
    room.indicators = Casus.indicatorMap(s.indicators);
    room.opening = Casus.indicatorMap(j.opening);
    room.history = j.history || [];
    room.day = s.day || 0;
    room.date = s.date;
    room.phase = s.phase;
    room.nextDue = Number(s.nextDueUnixMicros || 0);
    room.board = s.board;
    room.headlines = [];
    const last = room.history[room.history.length - 1];
    if (last) {
      headlinesOf(last);
    }
    (s.events || []).forEach((e) => room.headlines.push({ day: e.day || 0, text: e.text }));
    document.getElementById('ask').hidden = true;
    document.getElementById('room').hidden = false;
    drawAll();
  }

  function pushed(m) {
    if (m.tickUpdate && m.tickUpdate.sessionId === room.session.sessionId) {
      const u = m.tickUpdate;
      for (const i of u.changed || []) {
        room.indicators.set(i.key, Number(i.value || 0));
      }
      room.history.push(u);
      room.day = (u.day || 0) + 1;
      room.date = Casus.nextDate(u.date);
      room.nextDue = Number((u.timing && u.timing.nextDueUnixMicros) || 0);
      room.headlines = [];
      headlinesOf(u);
      drawAll();
    } else if (m.seats) {
      room.board = m.seats;
      room.phase = m.seats.phase;
      drawSeats();
      drawClock();
    } else if (m.notice) {
      room.phase = m.notice.phase;
      room.nextDue = Number(m.notice.nextDueUnixMicros || 0);
      if (m.notice.kind === 'event' && m.notice.event) {
        room.headlines.unshift({ day: m.notice.event.day || 0, text: m.notice.event.text });
        drawHeadlines();
      }
      drawHeader();
    } else if (m.sessionEnded) {
      room.phase = 'ENDED';
      room.nextDue = 0;
      drawHeader();
    }
  }

  /** The day's headlines: events, then every decision that changed something, with its reasons, then what the rules made of it. */
  function headlinesOf(u) {
    for (const h of u.happenings || []) {
      const day = h.day || 0;
      if (h.kind === 'DECISION') {
        if (!h.quiet) {
          room.headlines.push({ day, text: (room.names.get(h.actor) || h.actor) + ' ' + h.text, why: h.reasons });
        }
      } else if (h.kind !== 'DAY_ENDED' && h.text) {
        room.headlines.push({ day, text: h.text });
      }
    }
  }

  function drawAll() {
    drawHeader();
    drawSeats();
    drawRegions();
    drawHeadlines();
    drawCharts();
  }

  function pacing() {
    const st = room.session.settings || {};
    if (st.mode === 'REAL_TIME') {
      return 'a day every ' + (Number(st.tickMillis || 0) / 1000) + ' s';
    }
    return 'turn by turn' + (st.deadlineMillis ? ', at most ' + Math.round(st.deadlineMillis / 1000) + ' s a day' : '');
  }

  function drawHeader() {
    const s = room.session;
    document.getElementById('title').textContent = s.title || s.scenarioTitle;
    const day = Math.min(room.day, s.days || room.day);
    document.getElementById('when').textContent = 'Day ' + day + ' of ' + (s.days || '?') + ' · ' + (room.date || '') + ' · '
      + pacing() + ' · ' + String(room.phase || '').toLowerCase();
    document.getElementById('join-code').textContent = s.joinCode;
    document.getElementById('address').textContent = room.address;
    drawClock();
  }

  function drawClock() {
    if (!room.session) {
      return;
    }
    const c = room.phase === 'RUNNING' ? Casus.countdown(room.nextDue, room.conn) : '';
    const clock = document.getElementById('countdown');
    clock.textContent = room.phase === 'ENDED' ? 'ended' : c ? c : room.phase === 'RUNNING' ? 'waiting for orders'
      : String(room.phase || '').toLowerCase();
    clock.classList.toggle('words', !c);
    document.getElementById('waiting').textContent = room.board ? room.board.waitingFor || '' : '';
  }

  function drawSeats() {
    const body = document.querySelector('#seats tbody');
    body.replaceChildren();
    // People's seats first: they are what the room waits for.
    const seats = [...((room.board && room.board.seats) || [])].sort((a, b) => Number(!a.heldFor) - Number(!b.heldFor));
    for (const c of seats) {
      const [cls, label] = Casus.seatStatus(c);
      const swatch = el('td', 'swatch');
      swatch.style.background = room.colours.get(c.state);
      const row = el('tr', '', swatch, el('td', 'state', room.names.get(c.state) || c.state), el('td', 'player', Casus.seatHolder(c)),
        el('td', '', el('span', 'status-pill st-' + cls, label)));
      row.dataset.state = c.state;
      row.dataset.status = cls;
      body.append(row);
    }
  }

  /** Every region shaded by whoever holds most of it, with a bar of the shares. */
  function drawRegions() {
    const board = document.getElementById('regions');
    board.replaceChildren();
    const fought = new Set(room.conflicts.flatMap((c) => c.regions || []));
    const ordered = [...room.regions].sort((a, b) => Number(fought.has(b.id)) - Number(fought.has(a.id)));
    for (const r of ordered) {
      const shares = room.states.map((st) => [st.id, room.indicators.get('regions.' + r.id + '.control.' + st.id) || 0])
        .filter(([, v]) => v > 0.005).sort((a, b) => b[1] - a[1]);
      const holder = shares.length ? shares[0][0] : r.deJure;
      const tile = el('div', 'region' + (fought.has(r.id) ? ' fought' : ''));
      tile.style.background = room.colours.get(holder) || '#777';
      tile.dataset.region = r.id;
      tile.dataset.holder = holder;
      const bar = el('div', 'bar');
      for (const [id, v] of shares) {
        const seg = el('span');
        seg.style.width = (v * 100).toFixed(1) + '%';
        seg.style.background = room.colours.get(id);
        bar.append(seg);
      }
      const held = shares.slice(0, 2).map(([id, v]) => id + ' ' + Math.round(v * 100) + '%').join(' · ');
      tile.append(el('div', 'name', r.name), el('div', 'held', held), bar);
      board.append(tile);
    }
  }

  function drawHeadlines() {
    const list = document.getElementById('headlines');
    list.replaceChildren();
    for (const h of room.headlines.slice(0, 8)) {
      const li = el('li', '', el('span', 'day', 'day ' + h.day + ' '), h.text);
      if (h.why) {
        li.append(el('span', 'why', 'why: ' + h.why));
      }
      list.append(li);
    }
  }

  /** Each indicator's value at the start and after each day played, for the keys asked. */
  function seriesOf(keys) {
    const now = new Map(room.opening);
    const points = [new Map(keys.map((k) => [k, now.get(k)]))];
    for (const u of room.history) {
      for (const i of u.changed || []) {
        now.set(i.key, Number(i.value || 0));
      }
      points.push(new Map(keys.map((k) => [k, now.get(k)])));
    }
    return points;
  }

  function drawCharts() {
    const days = [-1, ...room.history.map((u) => u.day || 0)];
    const start = room.history.length ? room.history[0].date : room.date;
    const dates = [start || '', ...room.history.map((u) => u.date)].map(Charts.shortDate);
    const markers = [];
    for (const u of room.history) {
      for (const h of u.happenings || []) {
        if (h.kind === 'EVENT_FIRED' && h.injected) {
          markers.push({ day: u.day || 0, kind: 'inject' });
        } else if (h.kind === 'CEASEFIRE_IN_FORCE') {
          markers.push({ day: u.day || 0, kind: 'ceasefire' });
        }
      }
    }
    const pct = (v) => Math.round(v * 100) + '%';
    // Ground: the attacker's share of each region fought over; a change of hands where it crosses one half.
    const ground = [];
    for (const c of room.conflicts) {
      for (const r of c.regions || []) {
        ground.push({ key: 'regions.' + r + '.control.' + c.attacker, label: (room.names.get(r) || r) + ' (' + c.attacker + ')' });
      }
    }
    const gp = seriesOf(ground.map((g) => g.key));
    ground.forEach((g) => {
      for (let i = 1; i < gp.length; i++) {
        if ((gp[i - 1].get(g.key) > 0.5) !== (gp[i].get(g.key) > 0.5)) {
          markers.push({ day: days[i], kind: 'hands' });
        }
      }
    });
    Charts.line(document.getElementById('territory'), {
      days, dates, markers, lo: 0, hi: 1, fmt: pct,
      series: ground.slice(0, 4).map((g, k) => ({ label: g.label, colour: Casus.PALETTE[k], values: gp.map((p) => p.get(g.key)) })),
    });
    const sev = room.conflicts.map((c) => ({ key: 'conflicts.' + c.id + '.severity',
      label: (room.names.get(c.attacker) || c.attacker) + ' v ' + (room.names.get(c.defender) || c.defender || '') }));
    const sp = seriesOf(sev.map((x) => x.key));
    Charts.line(document.getElementById('severity'), {
      days, dates, markers, lo: 0, hi: 1, fmt: (v) => v.toFixed(1),
      series: sev.slice(0, 4).map((x, k) => ({ label: x.label, colour: Casus.PALETTE[k + 1], values: sp.map((p) => p.get(x.key)) })),
    });
    const beliefKeys = [...room.opening.keys()].filter((k) => k.startsWith('beliefs.'));
    const bp = seriesOf(beliefKeys);
    const moved = beliefKeys.map((k) => [k, Math.abs((bp[bp.length - 1].get(k) || 0) - (bp[0].get(k) || 0))])
      .sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k]) => k);
    Charts.line(document.getElementById('beliefs'), {
      days, dates, markers, lo: 0, hi: 1, fmt: pct,
      series: moved.map((k, i) => {
        const [, holder, subject] = k.split('.');
        return { label: (room.names.get(holder) || holder) + ' in ' + (room.names.get(subject) || subject), colour: Casus.PALETTE[i + 2],
          values: bp.map((p) => p.get(k)) };
      }),
    });
  }

  document.addEventListener('DOMContentLoaded', show);
})();
