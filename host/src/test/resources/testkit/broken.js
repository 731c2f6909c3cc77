export default function (bot) {
  bot.on("newChatItems", (event) => {
    const x = ;
  });
}
