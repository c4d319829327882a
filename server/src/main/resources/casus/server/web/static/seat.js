// A browser seat: what a student does in the terminal client, in a page. Joins a session with
// its code and a name, takes a free state, reads the briefing, chooses among today's options
// with the agent's advice and utilities, sends them and marks ready, writes and reads
// messages (to states, to everyone, and to the channels of its state, whose history it shows
// when one is chosen), and follows the countdown. The resume token and the seat key are kept per
// session and name: the same name in a new tab takes the seat back, with the resume token within
// the grace period, with the seat key after it (or after the server restarted).
'use strict';

(() => {
  const { el } = Casus;
  const seat = { names: new Map(), board: null, state: '', nextDue: 0, headlines: [], channels: [] };

  function storeKey() {
    return 'casus.seat.' + seat.code + '.' + seat.name;
  }

  /** What this browser keeps for the code and name: the resume token, and the seat key with its state. */
  function kept() {
    return JSON.parse(localStorage.getItem(storeKey()) || '{}');
  }

  function keep(changes) {
    localStorage.setItem(storeKey(), JSON.stringify(Object.assign(kept(), changes)));
  }

  function start() {
    const p = Casus.params();
    seat.code = (p.get('code') || '').trim().toUpperCase();
    seat.name = (p.get('name') || '').trim();
    if (!seat.code || !seat.name) {
      location.href = '/';
      return;
    }
    seat.conn = new Casus.Connection({ clientName: seat.name, resumeToken: kept().resumeToken || '' }, {
      onWelcome: welcomed,
      onPush: pushed,
      onStatus: (s, why) => { if (s !== 'connected') { say(s + (why ? ': ' + why : '')); } },
    });
    seat.conn.open().catch((e) => say(e.message));
    setInterval(drawClock, 250);
    document.getElementById('actions').addEventListener('submit', (e) => { e.preventDefault(); send(false, false); });
    document.getElementById('ready').addEventListener('click', () => send(true, false));
    document.getElementById('advice').addEventListener('click', () => send(true, true));
    document.getElementById('release').addEventListener('click', release);
    document.getElementById('write').addEventListener('submit', (e) => { e.preventDefault(); write(); });
    document.getElementById('to').addEventListener('change', openChannel);
  }

  function say(text) {
    document.getElementById('error').textContent = text || '';
  }

  async function welcomed(welcome) {
    keep({ resumeToken: welcome.resumeToken });
    const back = (welcome.rejoined || []).find((j) => j.session && j.session.joinCode === seat.code);
    if (!(back && back.controlledState) && kept().seatKey) {
      // Not resumed with a seat, but this browser kept a seat key: take the seat back with it.
      try {
        const m = await seat.conn.request('reclaimSeat', { joinCode: seat.code, seatKey: kept().seatKey });
        joined(m.seatReclaimed.joined, '');
        briefed(m.seatReclaimed.briefing);
        say('');
        return;
      } catch (e) {
        if (e.code !== 'BAD_SEAT_KEY') {
          say(e.message);
          return;
        }
        // The seat was handed back, taken back or handed to someone else: the key opens nothing now.
        keep({ seatKey: '', seatState: '' });
      }
    }
    try {
      const m = await seat.conn.request('joinSession', { joinCode: seat.code, role: 'PLAYER' });
      joined(m.joined, back ? back.controlledState || '' : '');
      say('');
    } catch (e) {
      say(e.message);
    }
  }

  function joined(j, held) {
    seat.session = j.session;
    const s = j.situation;
    seat.states = s.states || [];
    seat.states.forEach((st) => seat.names.set(st.id, st.name));
    seat.day = s.day || 0;
    seat.date = s.date;
    seat.phase = s.phase;
    seat.nextDue = Number(s.nextDueUnixMicros || 0);
    seat.board = s.board;
    seat.state = j.controlledState || held || '';
    document.getElementById('title').textContent = seat.session.title || seat.session.scenarioTitle;
    drawTo();
    drawAll();
    if (seat.state) {
      loadActions();
      loadChannels();
    }
  }

  function pushed(m) {
    if (!seat.session) {
      return;
    }
    if (m.tickUpdate) {
      const u = m.tickUpdate;
      seat.day = (u.day || 0) + 1;
      seat.date = Casus.nextDate(u.date);
      seat.nextDue = Number((u.timing && u.timing.nextDueUnixMicros) || 0);
      seat.headlines = (u.happenings || []).filter((h) => h.kind !== 'DAY_ENDED' && !(h.kind === 'DECISION' && h.quiet))
        .map((h) => (h.kind === 'DECISION' ? (seat.names.get(h.actor) || h.actor) + ' ' : '') + h.text);
      drawAll();
      if (seat.state && !u.last) {
        loadActions();
      }
    } else if (m.seats) {
      seat.board = m.seats;
      seat.phase = m.seats.phase;
      const mine = (m.seats.seats || []).find((c) => c.clientId && c.clientId === seat.conn.clientId);
      if (!mine && seat.state) {
        unseated();
      }
      drawAll();
    } else if (m.seatHanded && m.seatHanded.sessionId === seat.session.sessionId) {
      briefed(m.seatHanded.briefing);
      say('The facilitator handed you ' + (seat.names.get(seat.state) || seat.state) + '.');
    } else if (m.notice) {
      seat.phase = m.notice.phase;
      seat.nextDue = Number(m.notice.nextDueUnixMicros || 0);
      drawHeader();
    } else if (m.messageDelivered) {
      const d = m.messageDelivered;
      document.getElementById('messages').append(messageItem(d));
      if (d.channel && d.channel === openedChannel()) {
        document.getElementById('channel-history').append(messageItem(d, true));
      }
    } else if (m.channelNotice) {
      document.getElementById('messages').append(el('li', '', el('strong', '', '#' + m.channelNotice.channel.name + ': '),
        m.channelNotice.text));
      loadChannels();
    } else if (m.sessionEnded) {
      seat.phase = 'ENDED';
      seat.nextDue = 0;
      document.getElementById('orders').hidden = true;
      drawHeader();
      document.getElementById('waiting').textContent = 'The session has ended: ' + m.sessionEnded.reason;
    }
  }

  function drawAll() {
    drawHeader();
    drawSeats();
    const news = document.getElementById('headlines');
    news.replaceChildren(...seat.headlines.slice(0, 12).map((t) => el('li', '', t)));
  }

  function drawHeader() {
    const days = seat.session.days || '?';
    document.getElementById('when').textContent = 'day ' + Math.min(seat.day, Number(days) || seat.day) + ' of ' + days
      + ' · ' + (seat.date || '') + ' · ' + String(seat.phase || '').toLowerCase();
    document.getElementById('me').textContent = seat.name + (seat.state ? ' plays ' + (seat.names.get(seat.state) || seat.state) : '');
    document.getElementById('waiting').textContent = seat.board ? seat.board.waitingFor || '' : '';
    document.getElementById('talk').hidden = !seat.state;
    drawClock();
  }

  function drawClock() {
    if (!seat.session) {
      return;
    }
    const c = seat.phase === 'RUNNING' ? Casus.countdown(seat.nextDue, seat.conn) : '';
    document.getElementById('countdown').textContent = c ? 'next day in ' + c : '';
  }

  function drawSeats() {
    const list = document.getElementById('seats');
    const free = document.getElementById('free');
    list.replaceChildren();
    free.replaceChildren();
    for (const c of (seat.board && seat.board.seats) || []) {
      const [cls, label] = Casus.seatStatus(c);
      const holder = Casus.seatHolder(c);
      const li = el('li', '', (seat.names.get(c.state) || c.state) + ' ', el('span', 'pill st-' + cls, label), holder ? ' ' + holder : '');
      li.dataset.state = c.state;
      li.dataset.status = cls;
      list.append(li);
      if (!c.heldFor && !seat.state) {
        const b = el('button', '', 'Take ' + (seat.names.get(c.state) || c.state));
        b.type = 'button';
        b.dataset.take = c.state;
        b.addEventListener('click', () => take(c.state));
        free.append(el('li', '', b));
      }
    }
    document.getElementById('choose').hidden = !!seat.state || seat.phase === 'ENDED';
  }

  /** A message as a list item: who wrote it, to whom (a channel by its name), and, in a channel's history, the day and date. */
  function messageItem(d, dated) {
    const from = d.fromState ? (seat.names.get(d.fromState) || d.fromState) + ' (' + d.fromName + ')' : d.fromName;
    const to = d.channel ? 'to #' + d.channel : (d.to || []).length ? 'to ' + d.to.join(', ') : 'to everyone';
    const when = dated ? 'day ' + (d.day || 0) + (d.date ? ' (' + d.date + ')' : '') + ' · ' : '';
    return el('li', '', el('strong', '', when + from + ' ' + to + ': '), d.text);
  }

  function drawTo() {
    const to = document.getElementById('to');
    const was = to.value;
    to.replaceChildren(el('option', '', 'everyone (a public statement)'));
    to.firstChild.value = '';
    for (const st of seat.states) {
      const o = el('option', '', st.name + ' (' + st.id + ')');
      o.value = st.id;
      to.append(o);
    }
    const open = seat.channels.filter((c) => !c.closed);
    if (open.length) {
      const group = el('optgroup');
      group.label = 'Channels';
      for (const c of open) {
        const o = el('option', '', '#' + c.name + ' (' + (c.states || []).join(', ') + (c.facilitator ? ', the facilitator' : '') + ')');
        o.value = '#' + c.name;
        group.append(o);
      }
      to.append(group);
    }
    if ([...to.options].some((o) => o.value === was)) {
      to.value = was;
    }
  }

  /** The channel chosen in the picker, or ''. */
  function openedChannel() {
    const v = document.getElementById('to').value;
    return v.startsWith('#') ? v.substring(1) : '';
  }

  async function loadChannels() {
    try {
      const m = seat.state ? await seat.conn.request('listChannels', { sessionId: seat.session.sessionId }) : null;
      seat.channels = (m && m.channelList.channels) || [];
      drawTo();
      openChannel();
    } catch (e) {
      say(e.message);
    }
  }

  /** Shows the history of the channel chosen, from its first message; hides it when a state or everyone is chosen. */
  async function openChannel() {
    const name = openedChannel();
    const box = document.getElementById('channel');
    box.hidden = !name;
    if (!name) {
      return;
    }
    try {
      const h = (await seat.conn.request('readChannel', { sessionId: seat.session.sessionId, channel: name })).channelHistory;
      const c = h.channel;
      document.getElementById('channel-title').textContent = '#' + c.name + ': ' + (c.states || []).join(', ')
        + (c.facilitator ? ', the facilitator' : '') + (c.closed ? ' (closed)' : '');
      const items = (h.messages || []).map((d) => messageItem(d, true));
      document.getElementById('channel-history').replaceChildren(...(items.length ? items : [el('li', '', 'no messages yet')]));
    } catch (e) {
      say(e.message);
    }
  }

  async function take(state) {
    try {
      const m = await seat.conn.request('takeControl', { sessionId: seat.session.sessionId, state });
      briefed(m.briefing);
      say('');
    } catch (e) {
      // A seat kept for someone else says whom: "ARM is held for ana, who can reclaim it; ...".
      say(e.message);
    }
  }

  /** This browser plays the briefing's state: keep its seat key, show the briefing and today's orders. */
  function briefed(b) {
    seat.state = b.state;
    if (b.seatKey) {
      keep({ seatKey: b.seatKey, seatState: b.state });
    }
    const list = (id, items) => document.getElementById(id).replaceChildren(...items.map((t) => el('li', '', t)));
    list('commitments', (b.commitments || []).map((c) => c.text));
    list('recent', (b.recentDecisions || []).filter((d) => !d.quiet).map((d) => 'day ' + (d.day || 0) + ': ' + d.text));
    list('weights', (b.preferences || []).map((w) => w.label + ' ' + Number(w.weight || 0).toFixed(2)));
    document.getElementById('briefing').hidden = false;
    drawActions(b.actions);
    drawAll();
    loadChannels();
  }

  /** This browser plays no state any more; its seat key opens nothing now, nor the state's channels. */
  function unseated() {
    seat.state = '';
    keep({ seatKey: '', seatState: '' });
    document.getElementById('orders').hidden = true;
    document.getElementById('briefing').hidden = true;
    seat.channels = [];
    drawTo();
    openChannel();
  }

  async function release() {
    try {
      await seat.conn.request('releaseControl', { sessionId: seat.session.sessionId });
      unseated();
      drawAll();
    } catch (e) {
      say(e.message);
    }
  }

  async function loadActions() {
    try {
      const m = await seat.conn.request('listActions', { sessionId: seat.session.sessionId, state: seat.state });
      drawActions(m.actionList);
    } catch (e) {
      say(e.message);
    }
  }

  function signed(v) {
    const n = Number(v || 0);
    return (n >= 0 ? '+' : '−') + Math.abs(n).toFixed(2);
  }

  /** Each decision a group of radio buttons, one an option: what it does, its utility and top terms, the advice marked. */
  function drawActions(list) {
    seat.actions = list;
    const chosen = new Map((list.submitted || []).map((c) => [c.decision, c.option]));
    const box = document.getElementById('decisions');
    box.replaceChildren();
    (list.decisions || []).forEach((d, k) => {
      const fs = el('fieldset', '', el('legend', '', d.kind + ': ' + d.key));
      fs.dataset.decision = d.key;
      (d.options || []).forEach((o, i) => {
        const id = 'opt-' + k + '-' + i;
        const input = el('input');
        input.type = 'radio';
        input.name = d.key;
        input.value = o.key;
        input.id = id;
        input.checked = chosen.get(d.key) === o.key;
        const label = el('label', 'option', input, ' ' + o.text + ' ', el('span', 'utility', signed(o.utility)));
        label.htmlFor = id;
        if (o.key === d.advice) {
          label.append(' ', el('span', 'advice', "the agent's advice"));
        }
        const terms = (o.terms || []).slice().sort((a, b) => Math.abs(b.weighted || 0) - Math.abs(a.weighted || 0)).slice(0, 3)
          .map((t) => t.label + ' ' + signed(t.weighted)).join(' · ');
        if (terms) {
          label.append(el('span', 'terms', terms));
        }
        fs.append(label);
      });
      box.append(fs);
    });
    document.getElementById('orders').hidden = false;
    document.getElementById('orders-title').textContent = 'Day ' + (list.day || 0) + ': ' + (list.decisions || []).length + ' decisions';
    document.getElementById('orders-state').textContent = list.ready ? 'Your orders are marked ready.' : 'Not ready yet.';
  }

  async function send(ready, advice) {
    const choices = [];
    for (const d of (seat.actions && seat.actions.decisions) || []) {
      const checked = document.querySelector('input[name="' + CSS.escape(d.key) + '"]:checked');
      if (checked) {
        choices.push({ decision: d.key, option: checked.value });
      } else if (advice && d.advice) {
        choices.push({ decision: d.key, option: d.advice });
      }
    }
    try {
      // The day the options were for: if it has played meanwhile, the server refuses rather than apply them to the next.
      const day = (seat.actions && seat.actions.day) || 0;
      const m = await seat.conn.request('submitActions', { sessionId: seat.session.sessionId, state: seat.state, choices, ready, day });
      const r = m.submitResult;
      const refused = (r.results || []).filter((x) => !x.accepted).map((x) => x.choice.option + ': ' + x.reason);
      say(refused.join('; '));
      document.getElementById('orders-state').textContent = r.ready ? 'Your orders are marked ready.'
        : 'Orders sent for day ' + (r.day || 0) + '; not ready yet.';
    } catch (e) {
      say(e.message);
    }
  }

  async function write() {
    const to = document.getElementById('to').value;
    const text = document.getElementById('text');
    try {
      // A channel's members, the sender among them, get the message back from the server.
      const channel = openedChannel();
      const body = channel ? { channel } : { to: to ? [to] : [] };
      await seat.conn.request('sendMessage', Object.assign({ sessionId: seat.session.sessionId, text: text.value }, body));
      if (to && !channel) {
        // A private message reaches its addressees only: keep the sender's copy here.
        document.getElementById('messages').append(el('li', '', el('strong', '', 'you to ' + to + ': '), text.value));
      }
      text.value = '';
      say('');
    } catch (e) {
      say(e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', start);
})();
