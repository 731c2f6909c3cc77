// Handles a secret the careless ways a bot might, for SecretsLoggingTest: logs it, sends it, fails with it, puts it in
// a URL and in headers, and receives credentials in a webhook.
export default function (bot) {
  const token = bot.env.API_TOKEN;
  bot.onMessage(async (msg) => {
    console.log('token is ' + token);
    console.debug('debug token ' + token);
    await msg.reply('your token: ' + token);
    const response = await fetch(bot.env.API_URL + '/v1/data?key=' + token, {
      headers: { Authorization: 'Bearer AUTH-MARKER-4242', Cookie: 'session=COOKIE-MARKER-4343', 'X-Api-Key': token },
    });
    console.log('fetched ' + response.status + ' with ' + response.headers.getSetCookie().length + ' cookie');
    await fetch('http://127.0.0.1:1/denied?key=' + token).catch((e) => console.warn('denied: ' + e.message));
    throw new Error('failing with ' + token);
  });
  bot.onHttp('POST', '/hook', async (req) => {
    console.log('hook called, authorized: ' + (req.headers.get('authorization') !== null));
    return { status: 200, headers: { 'Set-Cookie': 'id=SETCOOKIE-MARKER-4545' }, body: 'ok' };
  });
}
