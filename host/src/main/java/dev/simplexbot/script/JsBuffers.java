package dev.simplexbot.script;

import java.nio.ByteOrder;
import org.graalvm.polyglot.Value;

/**
 * Bytes across the script boundary without a copy per byte: a script's {@code ArrayBuffer} is read in one call, and
 * written eight bytes per call (GraalJS has no bulk write).
 */
public final class JsBuffers {
    private JsBuffers() {}

    /** {@code length} bytes of an ArrayBuffer from {@code offset}. */
    public static byte[] read(Value arrayBuffer, long offset, int length) {
        requireBuffer(arrayBuffer);
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        return bytes;
    }

    /** Copies {@code bytes} into an ArrayBuffer at {@code offset}; the buffer must be large enough. */
    public static void write(byte[] bytes, Value arrayBuffer, long offset) {
        requireBuffer(arrayBuffer);
        if (!arrayBuffer.isBufferWritable() || offset + bytes.length > arrayBuffer.getBufferSize()) {
            throw new IllegalArgumentException("the target ArrayBuffer is too small or read-only");
        }
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            long word = 0;
            for (int k = 7; k >= 0; k--) {
                word = (word << 8) | (bytes[i + k] & 0xffL);
            }
            arrayBuffer.writeBufferLong(ByteOrder.LITTLE_ENDIAN, offset + i, word);
        }
        for (; i < bytes.length; i++) {
            arrayBuffer.writeBufferByte(offset + i, bytes[i]);
        }
    }

    private static void requireBuffer(Value value) {
        if (value == null || !value.hasBufferElements()) {
            throw new IllegalArgumentException("expected an ArrayBuffer");
        }
    }
}
