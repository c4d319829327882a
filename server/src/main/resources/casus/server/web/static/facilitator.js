// The facilitator's page: behind the token, the controls of the terminal client's facilitating
// commands: create a session, start, pause, resume, step, set the pace, inject, hand a seat to a
// named person and say what it does while its player is away, take a state back, kick anyone,
// end; open a channel of chosen states, change its members, and close it. The token stays in this tab only
// (sessionStorage).
'use strict';

(() => {
  const { el } = Casus;
  const f = { session: null, board: null, nextDue: 0, phase: '' };

  function say(text) {
    document.getElementById('error').textContent = text || '';
  }

  function start() {
    const kept = sessionStorage.getItem('casus.facilitator.token');
    document.getElementById('login').addEventListener('submit', (e) => {
      e.preventDefault();
      signIn(document.getElementById('token').value);
    });
    if (kept) {
      signIn(kept);
    }
    document.getElementById('create').addEventListener('submit', (e) => { e.preventDefault(); create(); });
    document.querySelectorAll('[data-pace]').forEach((b) => b.addEventListener('click', () => act(b.dataset.pace, {})));
    document.getElementById('step').addEventListener('submit', (e) => {
      e.preventDefault();
      act('stepSession', { days: Number(document.getElementById('step-days').value || 1) });
    });
    document.getElementById('speed').addEventListener('submit', (e) => {
      e.preventDefault();
      act('setTickLength', { tickMillis: Number(document.getElementById('tick-ms').value || 0),
        deadlineMillis: 1000 * Number(document.getElementById('deadline-s').value || 0) });
    });
    document.getElementById('channel-create').addEventListener('submit', (e) => { e.preventDefault(); createChannel(); });
    document.getElementById('inject').addEventListener('submit', (e) => {
      e.preventDefault();
      act('injectEvent', { eventId: document.getElementById('event').value });
    });
    setInterval(() => {
      document.getElementById('countdown').textContent = f.phase === 'RUNNING' && f.conn ? Casus.countdown(f.nextDue, f.conn) : '';
    }, 250);
  }

  function signIn(token) {
    f.conn = new Casus.Connection({ clientName: 'facilitator', facilitatorToken: token }, {
      onWelcome: async (w) => {
        if (!w.facilitator) {
          say('that is not the facilitator token');
          return;
        }
        sessionStorage.setItem('casus.facilitator.token', token);
        document.getElementById('login').hidden = true;
        document.getElementById('sessions-card').hidden = false;
        await listScenarios();
        await listSessions();
        if (f.session) {
          await open(f.session.joinCode);
        }
      },
      onPush: pushed,
      onStatus: (s, why) => { if (s !== 'connected') { say(s + (why ? ': ' + why : '')); } },
    });
    f.conn.open().catch((e) => {
      sessionStorage.removeItem('casus.facilitator.token');
      say(e.message);
    });
  }

  async function listScenarios() {
    const m = await f.conn.request('listScenarios', {});
    const select = document.getElementById('scenario');
    select.replaceChildren(...(m.scenarioList.scenarios || []).map((s) => {
      const o = el('option', '', s.name + ': ' + s.title);
      o.value = s.name;
      return o;
    }));
  }

  async function listSessions() {
    const m = await f.conn.request('listSessions', {});
    const list = document.getElementById('sessions');
    list.replaceChildren(...(m.sessionList.sessions || []).map((s) => {
      const b = el('button', '', 'Run ' + s.joinCode);
      b.type = 'button';
      b.dataset.code = s.joinCode;
      b.addEventListener('click', () => open(s.joinCode));
      const ended = s.endedUnixMillis ? ' ' + new Date(Number(s.endedUnixMillis)).toLocaleString() : '';
      return el('li', '', b, ' ' + (s.title || s.scenarioTitle) + ' · ' + String(s.phase).toLowerCase() + ended + ' · day '
        + (s.day || 0) + ' of ' + s.days);
    }));
  }

  async function create() {
    try {
      const settings = { scenario: document.getElementById('scenario').value, seed: String(document.getElementById('seed').value || 1),
        mode: document.getElementById('mode').value, tickMillis: 2000, title: document.getElementById('title').value,
        listed: document.getElementById('listed').checked, absent: 'HOLD' };
      const m = await f.conn.request('createSession', { settings });
      joined(m.sessionCreated);
      await listSessions();
      say('');
    } catch (e) {
      say(e.message);
    }
  }

  async function open(code) {
    try {
      const m = await f.conn.request('joinSession', { joinCode: code, role: 'FACILITATOR' });
      joined(m.joined);
      say('');
    } catch (e) {
      say(e.message);
    }
  }

  function joined(j) {
    f.session = j.session;
    f.phase = j.situation ? j.situation.phase : j.session.phase;
    f.day = j.situation ? j.situation.day || 0 : 0;
    f.board = j.situation ? j.situation.board : null;
    f.nextDue = Number((j.situation && j.situation.nextDueUnixMicros) || 0);
    document.getElementById('control').hidden = false;
    document.getElementById('control-title').textContent = 'Session ' + f.session.joinCode + ': ' + (f.session.title || f.session.scenarioTitle);
    document.getElementById('room-link').href = '/room?code=' + encodeURIComponent(f.session.joinCode);
    document.getElementById('event').replaceChildren(...(j.catalogue || []).map((c) => {
      const o = el('option', '', c.id + ': ' + c.description);
      o.value = c.id;
      return o;
    }));
    f.states = (j.situation && j.situation.states) || [];
    document.getElementById('channel-states').replaceChildren(el('legend', '', 'Its member states'),
      ...f.states.map((st) => {
        const box = el('input');
        box.type = 'checkbox';
        box.value = st.id;
        box.dataset.state = st.id;
        return el('label', '', box, ' ' + st.name + ' (' + st.id + ')');
      }));
    draw();
    drawSeats();
    members();
    channels();
  }

  async function createChannel() {
    const states = [...document.querySelectorAll('#channel-states input:checked')].map((b) => b.value);
    try {
      const m = await f.conn.request('createChannel', { sessionId: f.session.sessionId, name: document.getElementById('channel-name').value,
        states, facilitator: document.getElementById('channel-me').checked });
      drawChannels(m.channelList);
      document.getElementById('channel-name').value = '';
      say('');
    } catch (e) {
      say(e.message);
    }
  }

  async function channels() {
    try {
      drawChannels((await f.conn.request('listChannels', { sessionId: f.session.sessionId })).channelList);
    } catch (e) {
      say(e.message);
    }
  }

  /**
   * Every channel with its members; for each one still open, a choice of a state (or the
   * facilitator) to add or remove, as `channel add` and `channel remove` do at the terminal, and
   * a button to close it.
   */
  function drawChannels(list) {
    document.getElementById('channels').replaceChildren(...(list.channels || []).map((c) => {
      const li = el('li', '', '#' + c.name + ': ' + ((c.states || []).join(', ') || 'no states') + (c.facilitator ? ', the facilitator' : '')
        + ' · ' + (c.messages || 0) + ' messages' + (c.closed ? ' · closed' : '') + ' ');
      li.dataset.channel = c.name;
      if (!c.closed) {
        li.append(...memberChange(c), button('Close #' + c.name, { close: true }, c));
      }
      return li;
    }));
  }

  /** A labelled choice of whom to add to a channel or remove from it, and the button that does it. */
  function memberChange(c) {
    const members = new Set(c.states || []);
    const pick = el('select');
    pick.dataset.member = c.name;
    for (const st of f.states || []) {
      const o = el('option', '', (members.has(st.id) ? 'remove ' : 'add ') + st.name + ' (' + st.id + ')');
      o.value = st.id;
      pick.append(o);
    }
    const me = el('option', '', (c.facilitator ? 'remove' : 'add') + ' the facilitator');
    me.value = '';
    pick.append(me);
    const change = button('Change #' + c.name, null, c, () => {
      const v = pick.value;
      return v === '' ? { facilitator: !c.facilitator } : members.has(v) ? { remove: [v] } : { add: [v] };
    });
    change.dataset.change = c.name;
    return [el('label', '', 'Members of #' + c.name + ': ', pick), ' ', change, ' '];
  }

  /** A button that changes a channel as {@code body} (or what {@code read} gives when clicked) says. */
  function button(text, body, c, read) {
    const b = el('button', '', text);
    b.type = 'button';
    b.addEventListener('click', async () => {
      try {
        const change = Object.assign({ sessionId: f.session.sessionId, channel: c.name }, read ? read() : body);
        drawChannels((await f.conn.request('changeChannel', change)).channelList);
        say('');
      } catch (e) {
        say(e.message);
      }
    });
    return b;
  }

  async function act(kind, body) {
    try {
      await f.conn.request(kind, Object.assign({ sessionId: f.session.sessionId }, body));
      say('');
      members();
    } catch (e) {
      say(e.message);
    }
  }

  async function members() {
    const m = await f.conn.request('whoControls', { sessionId: f.session.sessionId });
    const list = document.getElementById('members');
    list.replaceChildren(...(m.controlList.members || []).map((x) => {
      const li = el('li', '', x.name + ' · ' + String(x.role).toLowerCase() + (x.state ? ' · plays ' + x.state : '')
        + (x.connected ? '' : ' · away') + ' ');
      li.dataset.client = x.clientId;
      if (x.state) {
        const back = el('button', '', 'Take ' + x.state + ' back');
        back.type = 'button';
        back.addEventListener('click', () => act('revokeControl', { state: x.state }));
        li.append(back, ' ');
      }
      if (x.role !== 'FACILITATOR') {
        const kick = el('button', '', 'Kick ' + x.name);
        kick.type = 'button';
        kick.addEventListener('click', async () => {
          try {
            await f.conn.request('kickClient', { clientId: x.clientId, reason: 'removed by the facilitator' });
            members();
          } catch (e) {
            say(e.message);
          }
        });
        li.append(kick);
      }
      return li;
    }));
  }

  /** Every seat: who it is for, a name to hand it to, what it does while its player is away. */
  function drawSeats() {
    const list = document.getElementById('seat-list');
    if (list.contains(document.activeElement)) {
      // Someone is typing a name or choosing there: the next change of the board draws it.
      return;
    }
    list.replaceChildren(...((f.board && f.board.seats) || []).map((c) => {
      const [cls, label] = Casus.seatStatus(c);
      const holder = Casus.seatHolder(c);
      const li = el('li', '', c.state + ' ', el('span', 'pill st-' + cls, label), holder ? ' ' + holder + ' ' : ' ');
      li.dataset.state = c.state;
      const hand = el('form', 'buttons');
      const name = el('input');
      name.name = 'name';
      name.required = true;
      name.maxLength = 40;
      name.setAttribute('aria-label', 'the name of the person to hand ' + c.state + ' to');
      name.placeholder = 'name';
      const give = el('button', '', 'Hand ' + c.state);
      give.type = 'submit';
      hand.append(name, give);
      hand.addEventListener('submit', (e) => {
        e.preventDefault();
        act('handSeat', { state: c.state, name: name.value });
      });
      const away = el('select');
      away.name = 'away';
      away.setAttribute('aria-label', 'what ' + c.state + ' does while its player is away');
      for (const [value, words] of [['ABSENT_POLICY_UNSPECIFIED', 'while away: as the session'],
        ['AGENT_STANDS_IN', 'while away: the agent plays'], ['HOLD', 'while away: the day waits']]) {
        const o = el('option', '', words);
        o.value = value;
        o.selected = c.absentSet ? c.absent === value : value === 'ABSENT_POLICY_UNSPECIFIED';
        away.append(o);
      }
      away.addEventListener('change', () => act('setSeatAway', { state: c.state, away: away.value }));
      hand.append(away);
      li.append(hand);
      return li;
    }));
  }

  function pushed(m) {
    if (m.notice && (m.notice.kind === 'failed' || m.notice.kind === 'recovery')) {
      // A session that stopped, or one the server could not recover when it started: the facilitator must know.
      say(m.notice.text);
    }
    if (!f.session) {
      return;
    }
    if (m.tickUpdate && m.tickUpdate.sessionId === f.session.sessionId) {
      f.day = (m.tickUpdate.day || 0) + 1;
      f.nextDue = Number((m.tickUpdate.timing && m.tickUpdate.timing.nextDueUnixMicros) || 0);
    } else if (m.seats && m.seats.sessionId === f.session.sessionId) {
      f.board = m.seats;
      f.phase = m.seats.phase;
      drawSeats();
      members();
    } else if (m.notice && m.notice.sessionId === f.session.sessionId) {
      f.phase = m.notice.phase;
      f.nextDue = Number(m.notice.nextDueUnixMicros || 0);
    } else if (m.sessionEnded) {
      f.phase = 'ENDED';
    } else if (m.channelNotice || (m.messageDelivered && m.messageDelivered.channel)) {
      channels();
    }
    draw();
  }

  function draw() {
    document.getElementById('when').textContent = 'day ' + f.day + ' of ' + f.session.days + ' · ' + String(f.phase || '').toLowerCase();
    document.getElementById('waiting').textContent = f.board ? f.board.waitingFor || '' : '';
  }

  document.addEventListener('DOMContentLoaded', start);
})();
