// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/dictionary.test.js
// t.stub(origin, handler) answers the bot's requests to that origin from a local server, so the test needs no network.
const API = 'https://api.dictionaryapi.dev';

const serendipity = [{
  word: 'serendipity',
  phonetic: '/ˌsɛɹ.ənˈdɪp.ɪ.ti/',
  meanings: [{ partOfSpeech: 'noun', definitions: [{ definition: 'A combination of events which have come together by chance to make a surprisingly good or wonderful outcome.' }] }],
}];

test('defines a word with the API', async (t) => {
  const api = await t.stub(API, () => ({ status: 200, body: serendipity }));
  const alice = await t.contact('alice');
  await t.expect(alice, 'Send /define <word> and I look it up.');
  await alice.send('/define serendipity');
  await t.expect(alice, 'serendipity /ˌsɛɹ.ənˈdɪp.ɪ.ti/\n(noun) A combination of events which have come together by chance'
    + ' to make a surprisingly good or wonderful outcome.');
  t.equal(api.requests.length, 1);
  t.equal(api.requests[0].url, 'https://api.dictionaryapi.dev/api/v2/entries/en/serendipity');
  t.equal(api.requests[0].headers.accept, 'application/json');
});

test('a word the API does not know', async (t) => {
  await t.stub(API, { status: 404, body: { title: 'No Definitions Found' } });
  const alice = await t.contact('alice');
  await t.expect(alice, /^Send/);
  await alice.send('/define qwzx');
  await t.expect(alice, 'No definition found for "qwzx".');
});

test('the API failing is told, not hidden', async (t) => {
  await t.stub(API, { status: 500, body: 'oops' });
  const alice = await t.contact('alice');
  await t.expect(alice, /^Send/);
  await alice.send('/define word');
  await t.expect(alice, 'Sorry, the dictionary cannot be reached right now.');
});

test('not a word: nothing is fetched', async (t) => {
  const api = await t.stub(API, () => ({ status: 200, body: serendipity }));
  const alice = await t.contact('alice');
  await t.expect(alice, /^Send/);
  await alice.send('/define ../../admin');
  await t.expect(alice, 'Send /define <word>, e.g. /define serendipity');
  t.equal(api.requests.length, 0);
});
