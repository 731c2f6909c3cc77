// A business address: acceptingBusinessRequest; the customer's chat is a group, seen as their chat with the bot.
export const bot = './shop.js';

test('opens a business chat per customer (acceptingBusinessRequest)', async (t) => {
  const dave = await t.contact('dave');
  await t.expect(dave, 'Welcome to the shop!');
  await t.expect(dave, 'This chat is yours, dave.');
  await dave.send('two apples');
  await t.expect(dave, 'Order noted: two apples');
  const chat = await dave.businessChat();
  t.equal(chat.name, 'dave');
});
