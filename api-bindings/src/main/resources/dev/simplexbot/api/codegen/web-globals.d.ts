
// ---- Web platform globals the host provides in bot scripts and test files (fetch only in bots) ----
// SimpleXWeb describes what simplex-bot implements. The globals below take the DOM library's types when an editor
// loads it too (the same pattern as @types/node), so this file works with or without "lib": ["dom"].

declare namespace SimpleXWeb {
  type HeadersInit = Headers | Array<[string, string]> | Record<string, string>;
  /** A request or response body: text, bytes, or form fields. Objects are refused: send JSON.stringify(value). */
  type BodyInit = string | ArrayBuffer | ArrayBufferView | URLSearchParams;
  type BufferSource = ArrayBuffer | ArrayBufferView;

  /** Header names are case-insensitive; values of the same name combine with ", " (Set-Cookie aside). */
  interface Headers {
    append(name: string, value: string): void;
    delete(name: string): void;
    get(name: string): string | null;
    getSetCookie(): string[];
    has(name: string): boolean;
    set(name: string, value: string): void;
    forEach(callback: (value: string, name: string, headers: Headers) => void, thisArg?: any): void;
    entries(): IterableIterator<[string, string]>;
    keys(): IterableIterator<string>;
    values(): IterableIterator<string>;
    [Symbol.iterator](): IterableIterator<[string, string]>;
  }
  interface HeadersConstructor {
    new (init?: HeadersInit): Headers;
    readonly prototype: Headers;
  }

  /** A body is read whole, once (no streams). */
  interface Body {
    readonly bodyUsed: boolean;
    arrayBuffer(): Promise<ArrayBuffer>;
    bytes(): Promise<Uint8Array>;
    text(): Promise<string>;
    json(): Promise<any>;
  }

  interface RequestInit {
    method?: string;
    headers?: HeadersInit;
    body?: BodyInit | null;
    /** "follow" (default; every hop is checked against --allow-net), "error", or "manual" (the 3xx response itself). */
    redirect?: "follow" | "error" | "manual";
    signal?: AbortSignal | null;
  }
  interface Request extends Body {
    readonly method: string;
    readonly url: string;
    readonly headers: Headers;
    readonly redirect: "follow" | "error" | "manual";
    readonly signal: AbortSignal;
    clone(): Request;
  }
  interface RequestConstructor {
    new (input: string | URL | Request, init?: RequestInit): Request;
    readonly prototype: Request;
  }

  interface ResponseInit {
    status?: number;
    statusText?: string;
    headers?: HeadersInit;
  }
  interface Response extends Body {
    readonly status: number;
    /** status is 200-299. */
    readonly ok: boolean;
    readonly statusText: string;
    readonly headers: Headers;
    /** The URL that answered, after redirects. */
    readonly url: string;
    readonly redirected: boolean;
    readonly type: "basic" | "default" | "error";
    clone(): Response;
  }
  interface ResponseConstructor {
    new (body?: BodyInit | null, init?: ResponseInit): Response;
    readonly prototype: Response;
    error(): Response;
    json(data: any, init?: ResponseInit): Response;
    redirect(url: string | URL, status?: number): Response;
  }

  /** The WHATWG URL: parsing, serialisation, setters, and searchParams kept in step with search. */
  interface URL {
    hash: string;
    host: string;
    hostname: string;
    href: string;
    readonly origin: string;
    password: string;
    pathname: string;
    port: string;
    protocol: string;
    search: string;
    readonly searchParams: URLSearchParams;
    username: string;
    toString(): string;
    toJSON(): string;
  }
  interface URLConstructor {
    new (url: string | URL, base?: string | URL): URL;
    readonly prototype: URL;
    canParse(url: string | URL, base?: string | URL): boolean;
    parse(url: string | URL, base?: string | URL): URL | null;
  }
  interface URLSearchParams {
    readonly size: number;
    append(name: string, value: string): void;
    delete(name: string, value?: string): void;
    get(name: string): string | null;
    getAll(name: string): string[];
    has(name: string, value?: string): boolean;
    set(name: string, value: string): void;
    sort(): void;
    forEach(callback: (value: string, name: string, params: URLSearchParams) => void, thisArg?: any): void;
    entries(): IterableIterator<[string, string]>;
    keys(): IterableIterator<string>;
    values(): IterableIterator<string>;
    [Symbol.iterator](): IterableIterator<[string, string]>;
    toString(): string;
  }
  interface URLSearchParamsConstructor {
    new (init?: string | URLSearchParams | Record<string, string> | Array<[string, string]>): URLSearchParams;
    readonly prototype: URLSearchParams;
  }

  interface Event {
    readonly type: string;
    readonly target: EventTarget | null;
    readonly currentTarget: EventTarget | null;
    readonly cancelable: boolean;
    readonly defaultPrevented: boolean;
    readonly timeStamp: number;
    preventDefault(): void;
    stopPropagation(): void;
    stopImmediatePropagation(): void;
  }
  interface EventConstructor {
    new (type: string, init?: { bubbles?: boolean; cancelable?: boolean; composed?: boolean }): Event;
    readonly prototype: Event;
  }
  type EventListenerOrObject = ((event: Event) => void) | { handleEvent(event: Event): void };
  interface EventTarget {
    addEventListener(type: string, listener: EventListenerOrObject | null,
      options?: boolean | { once?: boolean; capture?: boolean; signal?: AbortSignal }): void;
    removeEventListener(type: string, listener: EventListenerOrObject | null, options?: boolean | { capture?: boolean }): void;
    dispatchEvent(event: Event): boolean;
  }
  interface EventTargetConstructor {
    new (): EventTarget;
    readonly prototype: EventTarget;
  }

  interface AbortSignal extends EventTarget {
    readonly aborted: boolean;
    /** Why: a DOMException named AbortError (abort()) or TimeoutError (timeout()), or the value given to abort(). */
    readonly reason: any;
    onabort: ((event: Event) => any) | null;
    throwIfAborted(): void;
  }
  interface AbortSignalConstructor {
    readonly prototype: AbortSignal;
    abort(reason?: any): AbortSignal;
    timeout(milliseconds: number): AbortSignal;
    any(signals: AbortSignal[]): AbortSignal;
  }
  interface AbortController {
    readonly signal: AbortSignal;
    abort(reason?: any): void;
  }
  interface AbortControllerConstructor {
    new (): AbortController;
    readonly prototype: AbortController;
  }

  interface TextEncoder {
    readonly encoding: "utf-8";
    encode(input?: string): Uint8Array;
    encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
  }
  interface TextEncoderConstructor {
    new (): TextEncoder;
    readonly prototype: TextEncoder;
  }
  /** UTF-8 only; invalid bytes become U+FFFD (or a TypeError with fatal), a leading BOM is dropped unless ignoreBOM. */
  interface TextDecoder {
    readonly encoding: string;
    readonly fatal: boolean;
    readonly ignoreBOM: boolean;
    decode(input?: BufferSource, options?: { stream?: boolean }): string;
  }
  interface TextDecoderConstructor {
    new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
    readonly prototype: TextDecoder;
  }

  interface DOMException extends Error {
    readonly name: string;
    readonly message: string;
    readonly code: number;
  }
  interface DOMExceptionConstructor {
    new (message?: string, name?: string): DOMException;
    readonly prototype: DOMException;
  }

  type AlgorithmIdentifier = string | { name: string };
  type HmacUsage = "sign" | "verify";
  interface HmacParams {
    name: "HMAC";
    /** SHA-1, SHA-256, SHA-384 or SHA-512. */
    hash: AlgorithmIdentifier;
    length?: number;
  }
  interface CryptoKey {
    readonly type: "secret";
    readonly extractable: boolean;
    readonly algorithm: { name: "HMAC"; hash: { name: string }; length: number };
    readonly usages: HmacUsage[];
  }
  /** The subset of Web Crypto simplex-bot provides (other algorithms reject with NotSupportedError). */
  interface SubtleCrypto {
    digest(algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer>;
    importKey(format: "raw", keyData: BufferSource, algorithm: HmacParams, extractable: boolean, keyUsages: HmacUsage[]): Promise<CryptoKey>;
    exportKey(format: "raw", key: CryptoKey): Promise<ArrayBuffer>;
    generateKey(algorithm: HmacParams, extractable: boolean, keyUsages: HmacUsage[]): Promise<CryptoKey>;
    sign(algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
    /** Compares in constant time. */
    verify(algorithm: AlgorithmIdentifier, key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean>;
  }
  interface Crypto {
    readonly subtle: SubtleCrypto;
    getRandomValues<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array
      | BigInt64Array | BigUint64Array>(array: T): T;
    randomUUID(): string;
  }

  /** What a bot.onHttp handler (or a test's stub handler) gets: the request, its body already received. */
  interface IncomingRequest {
    /** Upper case, e.g. "POST". */
    readonly method: string;
    /** The path after /bots/<name>, e.g. "/github". */
    readonly path: string;
    /** The whole URL, query included. */
    readonly url: string;
    /** Query parameters (the last value of a repeated one; all of them via new URL(request.url).searchParams). */
    readonly query: Readonly<Record<string, string>>;
    /** Values of the route's :name segments, and "*" for a trailing *. */
    readonly params: Readonly<Record<string, string>>;
    readonly headers: Headers;
    /** The body; each may be called more than once. */
    text(): Promise<string>;
    json(): Promise<any>;
    bytes(): Promise<Uint8Array>;
    arrayBuffer(): Promise<ArrayBuffer>;
  }
  /**
   * A handler's answer: a string (text/plain), bytes (application/octet-stream), a Response, { status, headers, body }
   * (an object body is sent as JSON), nothing (204), or any other value (sent as JSON).
   */
  type Reply = string | BufferSource | Response | { status: number; headers?: HeadersInit; body?: unknown } | object | null | undefined;
}

interface Headers extends SimpleXWebMembers<SimpleXWeb.Headers> {}
interface Request extends SimpleXWebMembers<SimpleXWeb.Request> {}
interface Response extends SimpleXWebMembers<SimpleXWeb.Response> {}
interface URL extends SimpleXWebMembers<SimpleXWeb.URL> {}
interface URLSearchParams extends SimpleXWebMembers<SimpleXWeb.URLSearchParams> {}
interface Event extends SimpleXWebMembers<SimpleXWeb.Event> {}
interface EventTarget extends SimpleXWebMembers<SimpleXWeb.EventTarget> {}
interface AbortSignal extends SimpleXWebMembers<SimpleXWeb.AbortSignal> {}
interface AbortController extends SimpleXWebMembers<SimpleXWeb.AbortController> {}
interface TextEncoder extends SimpleXWebMembers<SimpleXWeb.TextEncoder> {}
interface TextDecoder extends SimpleXWebMembers<SimpleXWeb.TextDecoder> {}
interface DOMException extends SimpleXWebMembers<SimpleXWeb.DOMException> {}
interface Crypto extends SimpleXWebMembers<SimpleXWeb.Crypto> {}
interface CryptoKey extends SimpleXWebMembers<SimpleXWeb.CryptoKey> {}
/** Our members when the DOM library is not loaded; nothing extra (the DOM's own members) when it is. */
type SimpleXWebMembers<Ours> = typeof globalThis extends { onmessage: any } ? {} : Ours;
declare var Headers: typeof globalThis extends { onmessage: any; Headers: infer T } ? T : SimpleXWeb.HeadersConstructor;
declare var Request: typeof globalThis extends { onmessage: any; Request: infer T } ? T : SimpleXWeb.RequestConstructor;
declare var Response: typeof globalThis extends { onmessage: any; Response: infer T } ? T : SimpleXWeb.ResponseConstructor;
declare var URL: typeof globalThis extends { onmessage: any; URL: infer T } ? T : SimpleXWeb.URLConstructor;
declare var URLSearchParams: typeof globalThis extends { onmessage: any; URLSearchParams: infer T } ? T : SimpleXWeb.URLSearchParamsConstructor;
declare var Event: typeof globalThis extends { onmessage: any; Event: infer T } ? T : SimpleXWeb.EventConstructor;
declare var EventTarget: typeof globalThis extends { onmessage: any; EventTarget: infer T } ? T : SimpleXWeb.EventTargetConstructor;
declare var AbortSignal: typeof globalThis extends { onmessage: any; AbortSignal: infer T } ? T : SimpleXWeb.AbortSignalConstructor;
declare var AbortController: typeof globalThis extends { onmessage: any; AbortController: infer T } ? T : SimpleXWeb.AbortControllerConstructor;
declare var TextEncoder: typeof globalThis extends { onmessage: any; TextEncoder: infer T } ? T : SimpleXWeb.TextEncoderConstructor;
declare var TextDecoder: typeof globalThis extends { onmessage: any; TextDecoder: infer T } ? T : SimpleXWeb.TextDecoderConstructor;
declare var DOMException: typeof globalThis extends { onmessage: any; DOMException: infer T } ? T : SimpleXWeb.DOMExceptionConstructor;
declare var crypto: Crypto;
/**
 * HTTP(S) to the hosts granted with --allow-net (in bot scripts; not in test files). Every redirect hop is checked; a
 * refused request rejects with an Error named PermissionDenied and sends nothing. Caps: --fetch-timeout (TimeoutError),
 * --fetch-max-size and --fetch-max-in-flight (LimitError); network failures are TypeErrors, as on the web.
 */
declare function fetch(input: string | URL | Request, init?: SimpleXWeb.RequestInit): Promise<Response>;
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare function structuredClone<T>(value: T, options?: { transfer?: any[] }): T;
