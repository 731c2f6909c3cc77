export default function (bot) {
  bot.on('attack', async (event) => {
    let refused = 0;
    let name = 'none';
    let message = '';
    const sent = [];
    for (let i = 0; i < (event.n || 100000); i++) {
      sent.push(bot.chat.raw('/_get chat @' + i + ' count=1').catch((error) => {
        refused++;
        name = error.name;
        message = error.message;
      }));
    }
    await Promise.race([Promise.all(sent), new Promise((resolve) => setTimeout(resolve, 500))]);
    // Its accepted commands are still unanswered, so a report command would be refused too: log it.
    console.log(`flood result: refused=${refused} error=${name}`);
    console.log(`flood error: ${message}`);
  });
}
