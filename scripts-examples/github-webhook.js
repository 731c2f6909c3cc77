// @ts-check
/**
 * GitHub webhook: GitHub posts repository events to the bot, the bot tells a group. Pushes, pull requests and
 * issues become one message each in the group named GROUP below; every delivery is checked against its
 * X-Hub-Signature-256 (HMAC-SHA256 of the body with the webhook's secret), so nobody else can post as GitHub.
 *
 * Set it up:
 *   1. Run the bot with the HTTP server and the secret:
 *        GITHUB_WEBHOOK_SECRET=... java -jar host/target/simplex-bot.jar run --http=8080 \
 *          --allow-env=GITHUB_WEBHOOK_SECRET scripts-examples/github-webhook.js
 *      (--http=8080 listens on 127.0.0.1 only: put a reverse proxy with TLS in front of it, or write the address
 *      out, e.g. --http=0.0.0.0:8080.)
 *   2. In the repository's Settings > Webhooks, add https://your-host/bots/github-webhook/github with content type
 *      application/json and the same secret.
 *   3. Create the group, invite the bot, and accept in its CLI (/join).
 * Try it without a SimpleX CLI: java -jar host/target/simplex-bot.jar dev --http=8080 scripts-examples/github-webhook.js
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'github_bot', fullName: 'GitHub notifications' },
  welcome: 'I post GitHub events to the team group.',
};

const GROUP = 'Dev team';
/** Membership states in which the bot is not (yet, or any more) in a group. */
const NOT_IN_GROUP = ['invited', 'rejected', 'removed', 'left', 'deleted'];

/** @param {SimpleX.Bot} bot */
export default function githubWebhook(bot) {
  const secret = bot.env.GITHUB_WEBHOOK_SECRET;
  if (!secret) {
    console.warn('GITHUB_WEBHOOK_SECRET is not set (run with --allow-env=GITHUB_WEBHOOK_SECRET): every delivery is refused');
  }
  const key = secret
    ? crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
    : null;

  /** Whether `signature` ("sha256=<hex>") is the HMAC of `body` with the secret; compared in constant time. */
  async function verified(/** @type {string | null} */ signature, /** @type {ArrayBuffer} */ body) {
    const hex = /^sha256=([0-9a-f]{64})$/.exec(signature || '');
    if (!key || !hex) return false;
    const bytes = new Uint8Array(32);
    for (let i = 0; i < 32; i++) bytes[i] = parseInt(hex[1].slice(i * 2, i * 2 + 2), 16);
    return crypto.subtle.verify('HMAC', await key, bytes, body);
  }

  async function teamGroupId() {
    const { groups } = await bot.chat.apiListGroups({ userId: /** @type {SimpleX.User} */ (bot.user).userId });
    const team = groups.find((g) => g.groupProfile.displayName === GROUP && !NOT_IN_GROUP.includes(g.membership.memberStatus));
    return team && team.groupId;
  }

  bot.onHttp('POST', '/github', async (req) => {
    const body = await req.arrayBuffer();
    if (!(await verified(req.headers.get('x-hub-signature-256'), body))) {
      return { status: 401, body: 'invalid signature' };
    }
    const event = req.headers.get('x-github-event') || '';
    if (event === 'ping') return 'pong';
    const text = describe(event, JSON.parse(new TextDecoder().decode(body)));
    if (!text) return { status: 202, body: `${event} events are not posted` };
    const groupId = await teamGroupId();
    if (groupId === undefined) {
      console.error(`no group "${GROUP}": invite the bot to it; a ${event} event was not posted`);
      return { status: 503, body: 'the bot is not in its group yet' };
    }
    await bot.sendText({ chatType: 'group', chatId: groupId }, text);
    return { status: 200, body: 'posted' };
  });
}

/**
 * One line (or a few) per event GitHub sends; undefined for events not worth a message.
 * @param {string} event the X-GitHub-Event header
 * @param {any} payload
 */
export function describe(event, payload) {
  const repo = payload.repository ? payload.repository.full_name : 'a repository';
  const who = payload.sender ? payload.sender.login : 'someone';
  if (event === 'push' && Array.isArray(payload.commits) && payload.commits.length > 0) {
    const branch = String(payload.ref || '').replace(/^refs\/heads\//, '');
    const n = payload.commits.length;
    const lines = payload.commits.slice(0, 5).map((/** @type {any} */ c) => `• ${String(c.message).split('\n')[0]}`);
    if (n > 5) lines.push(`• and ${n - 5} more`);
    return [`${who} pushed ${n} commit${n === 1 ? '' : 's'} to ${branch} of ${repo}:`, ...lines].join('\n');
  }
  if (event === 'pull_request' && ['opened', 'closed', 'reopened'].includes(payload.action)) {
    const pr = payload.pull_request;
    const action = payload.action === 'closed' ? (pr.merged ? 'merged' : 'closed') : payload.action;
    return `${who} ${action} pull request #${pr.number} in ${repo}: ${pr.title}\n${pr.html_url}`;
  }
  if (event === 'issues' && ['opened', 'closed', 'reopened'].includes(payload.action)) {
    const issue = payload.issue;
    return `${who} ${payload.action} issue #${issue.number} in ${repo}: ${issue.title}\n${issue.html_url}`;
  }
  return undefined;
}
