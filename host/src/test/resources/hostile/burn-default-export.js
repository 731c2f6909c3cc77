export default function (bot) {
  while (true) {}
}
