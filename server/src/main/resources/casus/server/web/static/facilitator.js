// The facilitator's page: behind the token, the controls of the terminal client's facilitating
// commands: create a session, start, pause, resume, step, set the pace, inject, take a state
// back, kick anyone, end. The token stays in this tab only (sessionStorage).
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
    draw();
    members();
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
      members();
    } else if (m.notice && m.notice.sessionId === f.session.sessionId) {
      f.phase = m.notice.phase;
      f.nextDue = Number(m.notice.nextDueUnixMicros || 0);
    } else if (m.sessionEnded) {
      f.phase = 'ENDED';
    }
    draw();
  }

  function draw() {
    document.getElementById('when').textContent = 'day ' + f.day + ' of ' + f.session.days + ' · ' + String(f.phase || '').toLowerCase();
    document.getElementById('waiting').textContent = f.board ? f.board.waitingFor || '' : '';
  }

  document.addEventListener('DOMContentLoaded', start);
})();
