package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web globals in a sandboxed script context, against the WHATWG and W3C semantics bots rely on: URL parsing and
 * serialisation, form encoding, header names and combining, UTF-8 decoding of invalid input and the BOM, abort
 * reasons, base64, structured clone and the Web Crypto subset.
 */
class WebGlobalsTest {
    @TempDir
    Path dir;

    private Context context;

    @BeforeEach
    void newContext() {
        context = JsEngine.shared().newContext(dir, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        JsEngine.shared().webGlobals().install(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The value of a JavaScript expression as a string; an async one is awaited. */
    private String js(String expression) {
        context.eval("js", "globalThis.__result = undefined; Promise.resolve().then(async () => String(await (" + expression
                + "))).then((v) => { globalThis.__result = v; }, (e) => { globalThis.__result = 'threw ' + e.name + ': ' + e.message; });");
        return context.getBindings("js").getMember("__result").asString();
    }

    @Test
    void urlsParseAndSerialiseAsTheStandardSays() {
        assertThat(js("new URL('HTTP://User:Pw@Example.COM:80/a/./b/../c?x=1 2#f').href"))
                .isEqualTo("http://User:Pw@example.com/a/c?x=1%202#f");
        assertThat(js("new URL('https://api.example.com:8443/v1/items?id=7#top').origin")).isEqualTo("https://api.example.com:8443");
        assertThat(js("(u => [u.protocol, u.host, u.hostname, u.port, u.pathname, u.search, u.hash].join('|'))"
                + "(new URL('https://api.example.com:8443/v1/items?id=7#top'))"))
                .isEqualTo("https:|api.example.com:8443|api.example.com|8443|/v1/items|?id=7|#top");
        assertThat(js("new URL('https://a.example:443/').href")).isEqualTo("https://a.example/");
        assertThat(js("new URL('../x?y#z', 'http://a/b/c/d').href")).isEqualTo("http://a/b/x?y#z");
        assertThat(js("new URL('//other.example/p', 'https://a.example/q').href")).isEqualTo("https://other.example/p");
        assertThat(js("new URL('http:\\\\\\\\a.example\\\\b\\\\c').href")).isEqualTo("http://a.example/b/c");
        assertThat(js("new URL('http://0x7f.1/').href")).isEqualTo("http://127.0.0.1/");
        assertThat(js("new URL('http://2130706433/').hostname")).isEqualTo("127.0.0.1");
        assertThat(js("new URL('http://[::FFFF:127.0.0.1]:8080/').host")).isEqualTo("[::ffff:7f00:1]:8080");
        assertThat(js("new URL('http://[2001:db8:0:0:1:0:0:1]/').hostname")).isEqualTo("[2001:db8::1:0:0:1]");
        assertThat(js("new URL('https://münchen.de/straße').href")).isEqualTo("https://xn--mnchen-3ya.de/stra%C3%9Fe");
        assertThat(js("new URL('mailto:ann@example.com').pathname")).isEqualTo("ann@example.com");
        assertThat(js("new URL('mailto:ann@example.com').origin")).isEqualTo("null");
        assertThat(js("new URL('file:///etc/passwd').href")).isEqualTo("file:///etc/passwd");
        assertThat(js("JSON.stringify({u: new URL('http://a.example')})")).isEqualTo("{\"u\":\"http://a.example/\"}");
    }

    @Test
    void invalidUrlsThrowTypeErrors() {
        assertThat(js("new URL('http://exa mple.com/')")).isEqualTo("threw TypeError: Invalid URL: http://exa mple.com/");
        assertThat(js("new URL('not a url')")).startsWith("threw TypeError: Invalid URL");
        assertThat(js("new URL('/relative')")).startsWith("threw TypeError");
        assertThat(js("new URL('http://a.example:99999/')")).startsWith("threw TypeError");
        assertThat(js("new URL('http://[::1/')")).startsWith("threw TypeError");
        assertThat(js("[URL.canParse('https://ok.example'), URL.canParse('nope'), URL.parse('nope')].join()")).isEqualTo("true,false,");
    }

    @Test
    void urlSettersAndSearchParamsStayInStep() {
        assertThat(js("(u => { u.searchParams.append('q', 'a b&c'); return u.href; })(new URL('https://x.example/p?x=1'))"))
                .isEqualTo("https://x.example/p?x=1&q=a+b%26c");
        assertThat(js("(u => { u.search = '?z=9'; return u.searchParams.get('z'); })(new URL('https://x.example/'))")).isEqualTo("9");
        assertThat(js("(u => { u.pathname = '/a b'; u.hash = 'top'; u.host = 'y.example:8080'; return u.href; })"
                + "(new URL('https://x.example/'))")).isEqualTo("https://y.example:8080/a%20b#top");
        assertThat(js("(u => { u.protocol = 'http'; u.port = '80'; return u.href; })(new URL('https://x.example:8080/'))"))
                .isEqualTo("http://x.example/");
        assertThat(js("(u => { u.hostname = 'bad host'; return u.hostname; })(new URL('https://x.example/'))"))
                .isEqualTo("x.example");
    }

    @Test
    void formEncodingFollowsTheStandard() {
        assertThat(js("new URLSearchParams('?a=1&b=2&a=3').getAll('a').join()")).isEqualTo("1,3");
        assertThat(js("new URLSearchParams('q=a+b%20c%zz').get('q')")).isEqualTo("a b c%zz");
        assertThat(js("new URLSearchParams({ a: '~*!()', 'é': ' ' }).toString()")).isEqualTo("a=%7E*%21%28%29&%C3%A9=+");
        assertThat(js("(p => { p.sort(); return p.toString(); })(new URLSearchParams('b=2&a=1&b=1'))")).isEqualTo("a=1&b=2&b=1");
        assertThat(js("(p => { p.delete('a', '1'); return [p.size, p.toString()].join(' '); })(new URLSearchParams([['a','1'],['a','2']]))"))
                .isEqualTo("1 a=2");
        assertThat(js("[...new URLSearchParams('x=1&y=2').keys()].join()")).isEqualTo("x,y");
    }

    @Test
    void headerNamesAreCaseInsensitiveAndValuesCombine() {
        assertThat(js("(h => { h.append('Accept', 'text/html'); h.append('ACCEPT', 'application/json'); return h.get('accept'); })(new Headers())"))
                .isEqualTo("text/html, application/json");
        assertThat(js("(h => { h.set('x-a', '3'); return [...h].map(p => p.join('=')).join('&'); })(new Headers([['X-B','1'],['x-a','1'],['X-A','2']]))"))
                .isEqualTo("x-a=3&x-b=1");
        assertThat(js("(h => [h.get('set-cookie'), h.getSetCookie().length, [...h].length].join('|'))"
                + "(new Headers([['Set-Cookie','a=1'],['Set-Cookie','b=2']]))")).isEqualTo("a=1, b=2|2|2");
        assertThat(js("new Headers({'X-Pad': '  padded\\t'}).get('x-pad')")).isEqualTo("padded");
        assertThat(js("new Headers({'Bad Name': 'x'})")).isEqualTo("threw TypeError: Headers.append: \"Bad Name\" is not a valid header name");
        assertThat(js("new Headers({'X-Split': 'a\\r\\nInjected: 1'})")).startsWith("threw TypeError");
        assertThat(js("new Headers({a: '1'}).has('A')")).isEqualTo("true");
        assertThat(js("new Headers({a: '1'}).get('b')")).isEqualTo("null");
    }

    @Test
    void textEncodingIsUtf8AsTheEncodingStandardDecodesIt() {
        assertThat(js("Array.from(new TextEncoder().encode('é€😀')).join()")).isEqualTo("195,169,226,130,172,240,159,152,128");
        assertThat(js("Array.from(new TextEncoder().encode('a\\ud800b')).join()")).isEqualTo("97,239,191,189,98");
        assertThat(js("Array.from(new TextEncoder().encode('\\ud800'.repeat(300))).slice(0, 6).join()"))
                .as("long strings are encoded by the host, the same way").isEqualTo("239,191,189,239,191,189");
        assertThat(codes("new TextDecoder().decode(new Uint8Array([0xED,0xA0,0x80]))")).isEqualTo("fffd fffd fffd");
        assertThat(codes("new TextDecoder().decode(new Uint8Array([0xF0,0x9F,0x98]))")).isEqualTo("fffd");
        assertThat(codes("new TextDecoder().decode(new Uint8Array([0xC0,0x80,0x41]))")).isEqualTo("fffd fffd 41");
        assertThat(codes("new TextDecoder().decode(new Uint8Array([0xF4,0x90,0x80,0x80]))")).isEqualTo("fffd fffd fffd fffd");
        assertThat(codes("new TextDecoder().decode(new Uint8Array([0xE2,0x82,0x41]))")).isEqualTo("fffd 41");
        assertThat(codes("new TextDecoder().decode(new Uint8Array([0xEF,0xBB,0xBF,0x41]))")).as("the BOM is dropped").isEqualTo("41");
        assertThat(codes("new TextDecoder('utf-8', {ignoreBOM: true}).decode(new Uint8Array([0xEF,0xBB,0xBF,0x41]))"))
                .isEqualTo("feff 41");
        assertThat(codes("new TextDecoder().decode(new Uint8Array([0x41,0xEF,0xBB,0xBF]))")).as("only a leading BOM").isEqualTo("41 feff");
        assertThat(js("new TextDecoder('utf-8', {fatal: true}).decode(new Uint8Array([0xFF]))"))
                .isEqualTo("threw TypeError: The encoded data was not valid for encoding utf-8");
        assertThat(js("(d => d.decode(new Uint8Array([0xE2, 0x82]), {stream: true}) + '|' + d.decode(new Uint8Array([0xAC])))(new TextDecoder())"))
                .isEqualTo("|€");
        assertThat(js("(d => d.decode(new Uint8Array([0xEF,0xBB]), {stream: true}) + d.decode(new Uint8Array([0xBF,0x41])))(new TextDecoder())"))
                .as("a BOM split across chunks is still dropped").isEqualTo("A");
        assertThat(js("new TextDecoder().decode(new Uint8Array(600).fill(0xC3).map((b, i) => i % 2 ? 0xA9 : b))"))
                .isEqualTo("é".repeat(300));
        assertThat(js("new TextDecoder('latin1')")).startsWith("threw RangeError");
        assertThat(js("JSON.stringify(new TextEncoder().encodeInto('aé😀', new Uint8Array(4)))")).isEqualTo("{\"read\":2,\"written\":3}");
    }

    private String codes(String expression) {
        return js("Array.from(" + expression + ", (c) => c.charCodeAt(0).toString(16)).join(' ')");
    }

    @Test
    void base64IsForgivingOnInputAndStrictOnCharacters() {
        assertThat(js("btoa('hello\\u00ff')")).isEqualTo("aGVsbG//");
        assertThat(js("atob(' aGVs\\nbG8 = ')")).isEqualTo("hello");
        assertThat(js("atob('aGVsbG8')")).isEqualTo("hello");
        assertThat(js("atob('a')")).isEqualTo("threw InvalidCharacterError: atob: the string to be decoded is not correctly encoded");
        assertThat(js("btoa('€')")).startsWith("threw InvalidCharacterError");
        assertThat(js("(() => { try { atob('*'); } catch (e) { return [e instanceof DOMException, e instanceof Error, e.code].join(); } })()"))
                .isEqualTo("true,true,5");
    }

    @Test
    void abortSignalsCarryTheirReason() {
        assertThat(js("(c => { c.abort(); return [c.signal.aborted, c.signal.reason.name, c.signal.reason.message].join('|'); })(new AbortController())"))
                .isEqualTo("true|AbortError|This operation was aborted");
        assertThat(js("(c => { let n = 0; c.signal.addEventListener('abort', () => n++); c.signal.onabort = () => n++; c.abort('why'); c.abort('again');"
                + " return [n, c.signal.reason].join(); })(new AbortController())")).isEqualTo("2,why");
        assertThat(js("(() => { try { AbortSignal.abort(new RangeError('stop')).throwIfAborted(); } catch (e) { return e.name + ' ' + e.message; } })()"))
                .isEqualTo("RangeError stop");
        assertThat(js("(c => { const any = AbortSignal.any([new AbortController().signal, c.signal]); c.abort('one'); return any.reason; })(new AbortController())"))
                .isEqualTo("one");
        assertThat(js("new AbortSignal()")).startsWith("threw TypeError: Illegal constructor");
    }

    @Test
    void structuredCloneCopiesDataAndRefusesBehaviour() {
        assertThat(js("(o => { o.self = o; const c = structuredClone(o); return [c !== o, c.self === c, c.m.get('k')[0], c.d.getTime(),"
                + " c.r.flags, c.b[1], c.b instanceof Uint8Array].join(); })"
                + "({ m: new Map([['k', [1]]]), d: new Date(5), r: /x/gi, b: new Uint8Array([1, 2]) })"))
                .isEqualTo("true,true,1,5,gi,2,true");
        assertThat(js("structuredClone({ f() {} })")).startsWith("threw DataCloneError");
        assertThat(js("structuredClone(new URL('http://a.example'))")).startsWith("threw DataCloneError");
        assertThat(js("(class P { constructor() { this.x = 1; } }, JSON.stringify(structuredClone(new (class { constructor() { this.x = 1; } })())))"))
                .isEqualTo("{\"x\":1}");
    }

    @Test
    void webCryptoDigestsAndHmacMatchKnownVectors() {
        String hex = "(b => Array.from(new Uint8Array(b), x => x.toString(16).padStart(2, '0')).join(''))";
        assertThat(js(hex + "(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc')))"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(js(hex + "(await crypto.subtle.digest({name: 'sha-1'}, new TextEncoder().encode('abc')))"))
                .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        String key = "await crypto.subtle.importKey('raw', new TextEncoder().encode('Jefe'), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign', 'verify'])";
        String data = "new TextEncoder().encode('what do ya want for nothing?')";
        assertThat(js(hex + "(await crypto.subtle.sign('HMAC', " + key + ", " + data + "))"))
                .as("RFC 4231 test case 2").isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(js("(async () => { const k = " + key + "; const s = await crypto.subtle.sign('HMAC', k, " + data + ");"
                + " const bad = new Uint8Array(s.slice(0)); bad[0] ^= 1; return [await crypto.subtle.verify('HMAC', k, s, " + data + "),"
                + " await crypto.subtle.verify('HMAC', k, bad, " + data + ")].join(); })()")).isEqualTo("true,false");
        assertThat(js("crypto.subtle.importKey('raw', new Uint8Array(16), {name: 'AES-GCM'}, false, ['encrypt'])"))
                .startsWith("threw NotSupportedError");
        assertThat(js("(async () => crypto.subtle.sign('HMAC', await crypto.subtle.importKey('raw', new Uint8Array([1]), "
                + "{name: 'HMAC', hash: 'SHA-256'}, false, ['verify']), new Uint8Array(1)))()"))
                .startsWith("threw InvalidAccessError");
        assertThat(js("crypto.subtle.exportKey('raw', " + key + ")")).startsWith("threw InvalidAccessError");
    }

    @Test
    void randomnessComesFromTheHost() {
        assertThat(js("crypto.randomUUID()")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(js("(a => { crypto.getRandomValues(a); return a.some(x => x !== 0); })(new Uint32Array(8))")).isEqualTo("true");
        assertThat(js("(a => { crypto.getRandomValues(a.subarray(2, 4)); return a[0] === 0 && a[5] === 0; })(new Uint8Array(6))"))
                .as("only the view is filled").isEqualTo("true");
        assertThat(js("crypto.getRandomValues(new Float32Array(2))")).startsWith("threw TypeMismatchError");
        assertThat(js("crypto.getRandomValues(new Uint8Array(65537))")).startsWith("threw QuotaExceededError");
    }

    @Test
    void responsesAndRequestsReadTheirBodiesOnce() {
        assertThat(js("(async () => { const r = Response.json({a: 1}, {status: 201}); return [r.status, r.ok, r.headers.get('content-type'),"
                + " await r.text(), r.bodyUsed].join('|'); })()")).isEqualTo("201|true|application/json|{\"a\":1}|true");
        assertThat(js("(async () => { const r = new Response('x'); await r.text(); return r.text(); })()"))
                .isEqualTo("threw TypeError: text: the body has already been read");
        assertThat(js("(async () => { const r = new Response(new Uint8Array([0, 255])); const c = r.clone();"
                + " return [Array.from(await r.bytes()), new Uint8Array(await c.arrayBuffer()).length].join('|'); })()"))
                .isEqualTo("0,255|2");
        assertThat(js("new Response('x', {status: 99})")).startsWith("threw RangeError");
        assertThat(js("new Response('x', {status: 204})")).startsWith("threw TypeError");
        assertThat(js("Response.redirect('https://a.example/next', 307).headers.get('location')")).isEqualTo("https://a.example/next");
        assertThat(js("(r => [r.method, r.url, r.headers.get('content-type')].join('|'))(new Request('https://a.example/p#frag', "
                + "{method: 'post', body: new URLSearchParams({q: 1})}))"))
                .isEqualTo("POST|https://a.example/p|application/x-www-form-urlencoded;charset=UTF-8");
        assertThat(js("new Request('https://a.example/', {method: 'GET', body: 'x'})")).startsWith("threw TypeError");
    }
}
