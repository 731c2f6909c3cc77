export default function (bot) {
  bot.on('attack', async (event) => {
    let refused = 0;
    let name = 'none';
    const sent = [];
    for (let i = 0; i < (event.n || 100000); i++) {
      sent.push(bot.chat.raw('/_get chat @' + i + ' count=1').catch((error) => { refused++; name = error.name; }));
    }
    await Promise.race([Promise.all(sent), new Promise((resolve) => setTimeout(resolve, 500))]);
    // Its 1,000 accepted commands are still unanswered, so a report command would be refused too: log it.
    console.log(`flood result: refused=${refused} error=${name}`);
  });
}
