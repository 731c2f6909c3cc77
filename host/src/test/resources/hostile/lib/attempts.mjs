// Runs each escape attempt and reports it: "blocked <what>: <error>" or "ESCAPED <what>".
function oneLine(value) {
  return String(value).split(/[\r\n\u2028\u2029]/)[0].slice(0, 160);
}

export async function attempt(bot, attempts) {
  for (const [what, run] of Object.entries(attempts)) {
    let line;
    try {
      const result = await run();
      line = `ESCAPED ${what}: ${oneLine(result)}`;
    } catch (error) {
      line = `blocked ${what}: ${oneLine(error && error.name)}: ${oneLine(error && error.message)}`;
    }
    await bot.chat.raw('report ' + line);
  }
  await bot.chat.raw('report attempts done');
}
