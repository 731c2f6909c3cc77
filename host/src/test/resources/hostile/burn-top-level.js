for (;;) {}
export default function (bot) {}
