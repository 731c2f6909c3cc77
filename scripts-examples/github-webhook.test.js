// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/github-webhook.test.js
// The bot reads its secret from bot.env; a test gives it one with `export const env`.
export const env = { GITHUB_WEBHOOK_SECRET: 'test-secret' };

/** What GitHub sends: the JSON body, its event and its signature with the secret. */
async function delivery(/** @type {string} */ event, /** @type {unknown} */ payload, secret = 'test-secret') {
  const body = JSON.stringify(payload);
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' },
    false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)));
  const signature = 'sha256=' + Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
  return { body, headers: { 'content-type': 'application/json', 'x-github-event': event, 'x-hub-signature-256': signature } };
}

const push = {
  ref: 'refs/heads/main',
  repository: { full_name: 'acme/app' },
  sender: { login: 'octocat' },
  commits: [{ message: 'Fix the build\n\nThe long story.' }, { message: 'Add tests' }],
};

test('a signed push is posted to the team group', async (t) => {
  const ann = await t.contact('ann');
  const team = await t.group('Dev team', ann);
  const { body, headers } = await delivery('push', push);
  const response = await t.http('POST', '/github', body, { headers });
  t.equal(response.status, 200);
  t.equal(await response.text(), 'posted');
  await t.expectGroup(ann, team, 'octocat pushed 2 commits to main of acme/app:\n• Fix the build\n• Add tests');
});

test('a delivery signed with another secret is refused and not posted', async (t) => {
  const ann = await t.contact('ann');
  const team = await t.group('Dev team', ann);
  const forged = await delivery('push', push, 'not-the-secret');
  t.equal((await t.http('POST', '/github', forged.body, { headers: forged.headers })).status, 401);
  const unsigned = await delivery('push', push);
  delete (/** @type {Record<string, string>} */ (unsigned.headers))['x-hub-signature-256'];
  t.equal((await t.http('POST', '/github', unsigned.body, { headers: unsigned.headers })).status, 401);

  const opened = await delivery('pull_request', {
    action: 'opened', repository: { full_name: 'acme/app' }, sender: { login: 'ann' },
    pull_request: { number: 7, title: 'Faster start', html_url: 'https://github.com/acme/app/pull/7', merged: false },
  });
  t.equal((await t.http('POST', '/github', opened.body, { headers: opened.headers })).status, 200);
  // The first message in the group is the signed one: the refused deliveries posted nothing.
  await t.expectGroup(ann, team, 'ann opened pull request #7 in acme/app: Faster start\nhttps://github.com/acme/app/pull/7');
});

test("GitHub's ping is answered, other events are not posted", async (t) => {
  const ping = await delivery('ping', { zen: 'Keep it logically awesome.' });
  const pong = await t.http('POST', '/github', ping.body, { headers: ping.headers });
  t.equal(pong.status, 200);
  t.equal(await pong.text(), 'pong');
  const star = await delivery('star', { action: 'created' });
  t.equal((await t.http('POST', '/github', star.body, { headers: star.headers })).status, 202);
  t.equal((await t.http('GET', '/github')).status, 405);
});

test('without the group the delivery is not lost silently', async (t) => {
  const { body, headers } = await delivery('push', push);
  const response = await t.http('POST', '/github', body, { headers });
  t.equal(response.status, 503);
});
