// Squares numbers; counts them in bot.store; in groups, answers "/square N".
export const config = {
  profile: { displayName: "squaring", fullName: "Squaring bot" },
  welcome: "Send me a number and I will square it.",
};

export default function (bot) {
  bot.onCommand("count", { help: "how many numbers I squared" }, (msg) =>
    msg.reply(`squared ${bot.store.get("count") ?? 0} numbers`));

  bot.onCommand("square", { help: "square a number" }, (msg) => {
    const n = Number(msg.command.text);
    return msg.send(`${n} * ${n} = ${n * n}`);
  });

  bot.onMessage((msg) => {
    if (msg.group) return;
    if (msg.file) return msg.reply(`got ${msg.file.fileName}`);
    const n = Number(msg.text);
    if (msg.text.trim() === "" || Number.isNaN(n)) return msg.reply("not a number");
    bot.store.set("count", (bot.store.get("count") ?? 0) + 1);
    return msg.send(`${n} * ${n} = ${n * n}`);
  });
}
