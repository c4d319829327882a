package casus.server.testing;

import static org.junit.jupiter.api.Assertions.fail;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty reported a leaked buffer while it ran. Applied to every test
 * class (the build enables extension autodetection). After the class, it collects garbage and
 * allocates a few tracked buffers, which is when the detector looks for collected buffers that
 * were never released.
 */
public final class LeakCheck implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        LeakRecorder.install();
        sweep();
        LeakRecorder.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sweep();
        var leaks = LeakRecorder.leaks();
        LeakRecorder.clear();
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " leaked buffer(s) in " + context.getDisplayName() + ":\n" + String.join("\n\n", leaks));
        }
    }

    /** Lets the detector find collected buffers that were never released. */
    static void sweep() {
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (ByteBufAllocator a : new ByteBufAllocator[] {ByteBufAllocator.DEFAULT, PooledByteBufAllocator.DEFAULT,
                UnpooledByteBufAllocator.DEFAULT}) {
                ByteBuf b = a.directBuffer(8);
                b.release();
                b = a.heapBuffer(8);
                b.release();
            }
        }
    }
}
