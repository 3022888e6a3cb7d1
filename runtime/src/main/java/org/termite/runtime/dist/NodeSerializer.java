package org.termite.runtime.dist;

import org.termite.runtime.serial.Decoding;
import org.termite.runtime.serial.Encoding;
import org.termite.runtime.serial.PendingTypes;
import org.termite.runtime.serial.SerialFormat;
import org.termite.runtime.serial.TypeTable;
import org.termite.runtime.serial.ValueSerializer;

/** A node value travels as its host and port, so a closure that names a node can be sent to another one. */
public final class NodeSerializer extends ValueSerializer<Node> {
    public static final int ID = SerialFormat.FIRST_EXTENSION + 1;

    private NodeSerializer() {}

    public static void register() {
        PendingTypes.register(() -> TypeTable.register(ID, Node.class, new NodeSerializer()));
    }

    @Override
    public void writeHeader(Encoding out, Node n) {
        out.text(n.host());
        out.output().writeVarInt(n.port(), true);
    }

    @Override
    public Node readHeader(Decoding in) {
        String host = in.text();
        int port = in.input().readVarInt(true);
        if (port < 0 || port > 65535) {
            throw in.malformed("port number " + port);
        }
        return new Node(host, port);
    }

    @Override
    public boolean tracked(Node value) {
        return false;
    }

    @Override
    public boolean hasIdentity() {
        return false;
    }
}
