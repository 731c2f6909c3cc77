// The benchmark's squaring bot on the toolkit: onMessage and msg.reply.
export default function (bot) {
  bot.onMessage((msg) => {
    const text = msg.text.trim();
    const n = Number(text);
    return msg.reply(text !== "" && Number.isFinite(n) ? `${n} * ${n} = ${n * n}` : "this is not a number");
  });
}
