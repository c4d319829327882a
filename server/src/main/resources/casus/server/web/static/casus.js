// Casus in the browser: one WebSocket to the server that served the page, carrying the casus.v1
// protocol in its JSON form (protobuf's canonical proto3 mapping: lowerCamelCase names, enums by
// name, 64-bit numbers as strings, default values left out). Shared by every page.
'use strict';

const Casus = (() => {
  const VERSION = { major: 1, minor: 3 };
  const PING_MS = 20000;

  /** A refusal from the server: code (an ErrorCode name) and message, one line for a person. */
  class Refusal extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }

  /**
   * A connection that says Hello, numbers requests, resolves each with its reply, hands pushes
   * to onPush, and comes back by itself after a drop (with the resume token) unless the server
   * closed it for good.
   */
  class Connection {
    constructor(hello, handlers) {
      this.hello = hello;
      this.onPush = handlers.onPush || (() => {});
      this.onWelcome = handlers.onWelcome || (() => {});
      this.onStatus = handlers.onStatus || (() => {});
      this.nextId = 1;
      this.pending = new Map();
      this.resumeToken = hello.resumeToken || '';
      this.closedForGood = false;
      this.clockOffsetMs = 0;
      this.backoffMs = 250;
    }

    /** Opens the WebSocket and says Hello; resolves with the Welcome. */
    open() {
      const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
      return new Promise((resolve, reject) => {
        const ws = new WebSocket(url);
        this.ws = ws;
        ws.onopen = async () => {
          try {
            const hello = Object.assign({}, this.hello, { version: VERSION, resumeToken: this.resumeToken });
            const m = await this.request('hello', hello);
            this.resumeToken = m.welcome.resumeToken || this.resumeToken;
            this.clientId = m.welcome.clientId;
            this.backoffMs = 250;
            this.startPings();
            this.onStatus('connected');
            await this.onWelcome(m.welcome);
            resolve(m.welcome);
          } catch (e) {
            if (e.code !== 'DISCONNECTED') {
              // The server refused the Hello itself (a wrong token, another protocol): trying again would change nothing.
              this.closedForGood = true;
              this.closeReason = e.message;
            }
            reject(e);
          }
        };
        ws.onmessage = (event) => this.received(JSON.parse(event.data));
        ws.onclose = () => {
          clearInterval(this.pinger);
          for (const p of this.pending.values()) {
            p.reject(new Refusal('DISCONNECTED', 'the connection was lost'));
          }
          this.pending.clear();
          if (this.closedForGood) {
            this.onStatus('closed', this.closeReason);
            return;
          }
          this.onStatus('reconnecting');
          setTimeout(() => this.open().catch(() => {}), this.backoffMs);
          this.backoffMs = Math.min(4000, this.backoffMs * 2);
          reject(new Refusal('DISCONNECTED', 'could not connect'));
        };
      });
    }

    /** Pings now and every 20 s: it keeps the connection open and tells the server's clock. */
    startPings() {
      clearInterval(this.pinger);
      const ping = () => {
        const sent = Date.now();
        this.request('ping', {}).then((m) => {
          const server = Number(m.pong.serverUnixMicros || 0) / 1000;
          this.clockOffsetMs = server - (sent + Date.now()) / 2;
        }).catch(() => {});
      };
      ping();
      this.pinger = setInterval(ping, PING_MS);
    }

    /** The server's clock now, in milliseconds since the epoch, as far as the last Pong tells. */
    serverNow() {
      return Date.now() + this.clockOffsetMs;
    }

    /** Sends a request of a kind (a ClientMessage field name) and resolves with the reply. */
    request(kind, body) {
      const id = this.nextId++;
      return new Promise((resolve, reject) => {
        if (!this.ws || this.ws.readyState !== WebSocket.OPEN) {
          reject(new Refusal('DISCONNECTED', 'not connected'));
          return;
        }
        this.pending.set(String(id), { resolve, reject });
        this.ws.send(JSON.stringify({ requestId: String(id), [kind]: body }));
      });
    }

    received(m) {
      const id = m.requestId || '0';
      const waiting = this.pending.get(id);
      if (id !== '0' && waiting) {
        this.pending.delete(id);
        if (m.error) {
          waiting.reject(new Refusal(m.error.code, m.error.message));
        } else {
          waiting.resolve(m);
        }
        return;
      }
      if (m.error && ['KICKED', 'REPLACED', 'SHUTTING_DOWN', 'UNAUTHORIZED', 'UNSUPPORTED_VERSION'].includes(m.error.code)) {
        this.closedForGood = m.error.code !== 'SHUTTING_DOWN';
        this.closeReason = m.error.message;
      }
      this.onPush(m);
    }

    close() {
      this.closedForGood = true;
      if (this.ws) {
        this.ws.close();
      }
    }
  }

  /** Every indicator of a situation by key. */
  function indicatorMap(list) {
    const out = new Map();
    for (const i of list || []) {
      out.set(i.key, Number(i.value || 0));
    }
    return out;
  }

  /** The day after a date written YYYY-MM-DD. */
  function nextDate(date) {
    const d = new Date(date + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }

  /** Minutes and seconds until a moment of the server's clock. */
  function countdown(dueMicros, connection) {
    const due = Number(dueMicros || 0) / 1000;
    if (!due) {
      return '';
    }
    const left = Math.max(0, Math.round((due - connection.serverNow()) / 1000));
    return Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
  }

  /** An element with a class and text, or children. */
  function el(tag, cls, ...children) {
    const e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    for (const c of children) {
      e.append(c);
    }
    return e;
  }

  /** A colour for each state, in the scenario's order, that reads on a projector. */
  const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f',
    '#393b79', '#843c39', '#637939', '#7b4173', '#3182bd', '#e6550d'];

  /** A seat's status as [class, words]: the agent's, away (disconnected), ready or not ready. */
  function seatStatus(c) {
    if (!c.clientId) {
      return ['agent', 'agent'];
    }
    if (!c.connected) {
      return ['away', 'away'];
    }
    return c.ready ? ['ready', 'ready'] : ['not-ready', 'not ready'];
  }

  function params() {
    return new URLSearchParams(location.search);
  }

  return { Connection, Refusal, indicatorMap, nextDate, countdown, el, PALETTE, params, seatStatus, VERSION };
})();
