// A bot for the dev console's tests: squares numbers, says what it got otherwise.
export default function (bot) {
  bot.onMessage((msg) => {
    const n = Number(msg.text);
    return msg.reply(msg.text.trim() !== '' && Number.isFinite(n) ? `${n} * ${n} = ${n * n}` : `send me a number, not "${msg.text}"`);
  });
}
