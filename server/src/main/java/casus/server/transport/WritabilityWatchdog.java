package casus.server.transport;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Closes a connection whose outbound buffer stays above its high-water mark for longer than the
 * stall timeout: a client that stopped reading. Others are not slowed: their writes never wait
 * for it, and a session skips its tick updates while it is not writable.
 */
public final class WritabilityWatchdog extends ChannelDuplexHandler {
    private final long stallNanos;
    private final Consumer<ChannelHandlerContext> onStall;
    private ScheduledFuture<?> check;

    /** {@code onStall} runs on the event loop when the stall timeout passes; it closes the channel. */
    public WritabilityWatchdog(long stallNanos, Consumer<ChannelHandlerContext> onStall) {
        this.stallNanos = stallNanos;
        this.onStall = onStall;
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (!ctx.channel().isWritable()) {
            if (check == null) {
                check = ctx.executor().schedule(() -> {
                    check = null;
                    if (ctx.channel().isActive() && !ctx.channel().isWritable()) {
                        onStall.accept(ctx);
                    }
                }, stallNanos, TimeUnit.NANOSECONDS);
            }
        } else if (check != null) {
            check.cancel(false);
            check = null;
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
        super.channelInactive(ctx);
    }
}
