// A bot that fetches what a message asks for (as JSON) and answers with what came back, for the fetch tests.
//   { url, init, read: "text"|"json"|"bytes", bytes: [..], form: {..}, abortAfter: ms, timeoutSignal: ms, parallel: n }
export default function (bot) {
  async function one(ask) {
    const init = Object.assign({}, ask.init || {});
    if (ask.bytes) init.body = new Uint8Array(ask.bytes);
    if (ask.form) init.body = new URLSearchParams(ask.form);
    if (ask.abortAfter !== undefined) {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), ask.abortAfter);
      init.signal = controller.signal;
    }
    if (ask.timeoutSignal !== undefined) init.signal = AbortSignal.timeout(ask.timeoutSignal);
    try {
      const response = await fetch(ask.url, init);
      let body;
      if (ask.read === 'bytes') body = Array.from(new Uint8Array(await response.arrayBuffer()));
      else if (ask.read === 'json') body = await response.json();
      else body = await response.text();
      return {
        status: response.status, ok: response.ok, statusText: response.statusText, url: response.url,
        redirected: response.redirected, type: response.type, headers: Object.fromEntries(response.headers), body,
      };
    } catch (error) {
      return { error: error.name, message: error.message, isTypeError: error instanceof TypeError };
    }
  }
  bot.onMessage(async (msg) => {
    const ask = JSON.parse(msg.text);
    if (ask.parallel) {
      const results = await Promise.all(Array.from({ length: ask.parallel }, () => one(ask)));
      return msg.reply(JSON.stringify(results));
    }
    return msg.reply(JSON.stringify(await one(ask)));
  });
}
