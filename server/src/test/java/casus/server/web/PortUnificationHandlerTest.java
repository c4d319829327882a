package casus.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.server.web.PortUnificationHandler.Kind;
import casus.v1.ClientMessage;
import casus.v1.Hello;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PortUnificationHandlerTest {
    private static Kind kind(byte[] b) {
        ByteBuf buf = Unpooled.wrappedBuffer(b);
        try {
            return PortUnificationHandler.kind(buf);
        } finally {
            buf.release();
        }
    }

    private static Kind kind(String s) {
        return kind(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void http_methods_are_http_once_their_space_arrives() {
        assertEquals(Kind.HTTP, kind("GET /room HTTP/1.1\r\n"));
        assertEquals(Kind.HTTP, kind("HEAD / HTTP/1.1\r\n"));
        assertEquals(Kind.HTTP, kind("OPTIONS * HTTP/1.1\r\n"));
        assertEquals(Kind.UNDECIDED, kind("G"));
        assertEquals(Kind.UNDECIDED, kind("GET"));
        assertEquals(Kind.UNDECIDED, kind("P"));
        assertEquals(Kind.UNDECIDED, kind(""));
    }

    @Test
    void a_protocol_clients_hello_is_protobuf_from_its_first_byte() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClientMessage.newBuilder().setRequestId(1).setHello(Hello.newBuilder().setClientName("ana")).build().writeDelimitedTo(out);
        byte[] hello = out.toByteArray();
        assertEquals(Kind.PROTOBUF, kind(hello));
        assertEquals(Kind.PROTOBUF, kind(new byte[] {hello[0]}));
    }

    @Test
    void a_frame_whose_length_reads_as_a_letter_is_protobuf_at_its_second_byte() {
        // 71 is 'G'; the frame's first field is request_id, tag 0x08.
        assertEquals(Kind.UNDECIDED, kind(new byte[] {71}));
        assertEquals(Kind.PROTOBUF, kind(new byte[] {71, 0x08, 0x01}));
        assertEquals(Kind.PROTOBUF, kind("GEX"));
    }
}
