"""A SimpleX bot that is not simplex-bot: Python 3's standard library only, WebSocket by hand (RFC 6455).

Usage: python3 echo_bot.py ws://127.0.0.1:5225
Makes its user if the CLI has none, sets up an address that accepts everyone, prints "ready", then answers each
direct message with "echo: <text>".
"""
import base64, json, os, socket, struct, sys
from urllib.parse import urlparse


class WebSocket:
    def __init__(self, url):
        u = urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path or '/'} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise SystemExit("handshake refused: " + head.decode(errors="replace"))

    def _exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise EOFError("connection closed")
            data += chunk
        return data

    def _frame(self, opcode, payload):
        head = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def send(self, text):
        self._frame(0x1, text.encode())

    def receive(self):
        message = b""
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            payload = self._exact(n)
            opcode = b0 & 0x0F
            if opcode == 0x9:
                self._frame(0xA, payload)
            elif opcode == 0x8:
                raise EOFError("closed by the server")
            elif opcode in (0x0, 0x1):
                message += payload
                if b0 & 0x80:
                    return message.decode()


ws = WebSocket(sys.argv[1])
waiting = {}
next_id = 0


def command(cmd):
    """Sends a command and reads frames until its answer; events met meanwhile are handled."""
    global next_id
    next_id += 1
    corr = str(next_id)
    ws.send(json.dumps({"corrId": corr, "cmd": cmd}))
    while True:
        frame = json.loads(ws.receive())
        if frame.get("corrId") == corr:
            return frame["resp"]
        handle(frame["resp"])


def handle(event):
    if event.get("type") != "newChatItems":
        return
    for item in event["chatItems"]:
        info, chat_item = item["chatInfo"], item["chatItem"]
        content = chat_item["content"]
        if info["type"] == "direct" and content["type"] == "rcvMsgContent":
            reply = {"msgContent": {"type": "text", "text": "echo: " + content["msgContent"].get("text", "")}, "mentions": {}}
            command(f"/_send @{info['contact']['contactId']} json {json.dumps([reply])}")


active = command("/user")
user = active["user"] if active["type"] == "activeUser" else command(
    "/_create user " + json.dumps({"profile": {"displayName": "echo", "fullName": ""}}))["user"]
command(f"/_address {user['userId']}")
command(f"/_address_settings {user['userId']} " + json.dumps({"businessAddress": False, "autoAccept": {"acceptIncognito": False}}))
print("ready", flush=True)
while True:
    handle(json.loads(ws.receive())["resp"])
