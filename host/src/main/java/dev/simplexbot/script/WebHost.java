package dev.simplexbot.script;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What the web globals ({@code web/*.js}) ask of the host: their parts, loaded on first use, and of the JDK: UTF-8 for
 * long text, randomness, digests and HMAC. Shared by every context; it only reads and writes the buffers it is given.
 */
public final class WebHost {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Source> parts;

    WebHost(Map<String, Source> parts) {
        this.parts = Map.copyOf(parts);
    }

    /** Evaluates a part of the web globals in the calling script's context, the first time one of its globals is used. */
    @HostAccess.Export
    public void load(String part, Value internals) {
        Source source = parts.get(part);
        if (source == null) {
            throw new IllegalArgumentException("no web globals part " + part);
        }
        Context.getCurrent().eval(source).execute(this, internals);
    }

    @HostAccess.Export
    public String utf8Decode(Value buffer, int offset, int length, boolean fatal) {
        return Utf8.decode(JsBuffers.read(buffer, offset, length), 0, length, fatal);
    }

    @HostAccess.Export
    public int utf8Length(String text) {
        return Utf8.encode(text).length;
    }

    @HostAccess.Export
    public void utf8Encode(String text, Value target) {
        JsBuffers.write(Utf8.encode(text), target, 0);
    }

    @HostAccess.Export
    public void randomFill(Value buffer, int offset, int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        JsBuffers.write(bytes, buffer, offset);
    }

    @HostAccess.Export
    public String randomUUID() {
        return UUID.randomUUID().toString();
    }

    @HostAccess.Export
    public void digest(String algorithm, Value data, int offset, int length, Value out) {
        JsBuffers.write(messageDigest(algorithm).digest(JsBuffers.read(data, offset, length)), out, 0);
    }

    @HostAccess.Export
    public void hmac(String hash, Value key, Value data, int offset, int length, Value out) {
        JsBuffers.write(mac(hash, key).doFinal(JsBuffers.read(data, offset, length)), out, 0);
    }

    /** Compares in constant time, so a caller cannot learn a valid signature byte by byte. */
    @HostAccess.Export
    public boolean hmacVerify(String hash, Value key, Value signature, Value data, int offset, int length) {
        byte[] expected = mac(hash, key).doFinal(JsBuffers.read(data, offset, length));
        byte[] given = JsBuffers.read(signature, 0, (int) signature.getBufferSize());
        return MessageDigest.isEqual(expected, given);
    }

    private static Mac mac(String hash, Value key) {
        String algorithm = "Hmac" + hash.replace("-", "");
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(JsBuffers.read(key, 0, (int) key.getBufferSize()), algorithm));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("HMAC with " + hash + " is not available: " + e.getMessage(), e);
        }
    }

    private static MessageDigest messageDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException(algorithm + " is not available", e);
        }
    }
}
