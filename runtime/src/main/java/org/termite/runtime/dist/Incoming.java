package org.termite.runtime.dist;

import java.io.DataInputStream;
import org.termite.runtime.exec.Trampoline;
import java.io.IOException;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.ProcessPrims;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Scheduler;
import org.termite.runtime.proc.TermiteException;
import org.termite.runtime.serial.ObjectCodec;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Tag;

/**
 * The frames that come in over a connection, each turned into what it asks of this node. Runs on the thread that
 * reads the connection (a scheduler thread or the ticker serving the {@link Poller}, or a TLS reader thread), or,
 * for a large message and what waited behind it, on the thread that decoded it ({@link Inbound}).
 */
final class Incoming {
    private static final Global ENTRY = Globals.cell("%process-entry");

    private Incoming() {}

    static void dispatch(Peer from, Wire.Frame f) throws IOException {
        if (f.type() == Wire.SEND) {
            // to a process born here: living here, moved on, or on its way back
            Migrations.arrived(from, Pid.remote(Distribution.localId(), Wire.sendTarget(f)), -1, Wire.sendMessage(f));
            return;
        }
        DataInputStream d = f.data();
        switch (f.type()) {
            case Wire.HEARTBEAT:
                return;
            case Wire.SPAWN:
                spawned(from, d.readLong(), d.readLong(), d.readBoolean(), Wire.blob(d));
                return;
            case Wire.SPAWNED: {
                RemoteProcesses.Spawning waiting = RemoteProcesses.SPAWNS.get(d.readLong());
                if (waiting != null) {
                    waiting.answer().complete(d.readLong());
                }
                return;
            }
            case Wire.SPAWN_FAILED: {
                RemoteProcesses.Spawning waiting = RemoteProcesses.SPAWNS.get(d.readLong());
                if (waiting != null) {
                    waiting.answer().completeExceptionally(new IOException(d.readUTF()));
                }
                return;
            }
            case Wire.LINK: {
                Pid remote = Pid.remote(from.id, d.readLong());
                long localId = d.readLong();
                Process local = Processes.byId(localId);
                if (local == null || !RemoteProcesses.addLink(local, remote)) {
                    from.send(new Wire.Payload(Wire.EXIT).longValue(localId).longValue(remote.id).text(RemoteProcesses.NOPROC.name).frame());
                }
                return;
            }
            case Wire.UNLINK: {
                Pid remote = Pid.remote(from.id, d.readLong());
                Process local = Processes.byId(d.readLong());
                if (local != null) {
                    local.removeRemoteLink(remote);
                }
                return;
            }
            case Wire.EXIT: {
                Pid remote = Pid.remote(from.id, d.readLong());
                Process local = Processes.byId(d.readLong());
                Symbol reason = Symbol.of(d.readUTF());
                if (local != null && local.removeRemoteLink(remote)) {
                    Processes.signal(local, new TermiteException(remote, reason, null));
                }
                return;
            }
            case Wire.MONITOR: {
                Tag ref = tag(d);
                Pid watcher = Pid.remote(from.id, d.readLong());
                long targetId = d.readLong();
                Process target = Processes.byId(targetId);
                if (target == null || !target.addRemoteWatcher(ref, watcher)) {
                    from.send(RemoteProcesses.down(ref, targetId, watcher.id, RemoteProcesses.NOPROC));
                }
                return;
            }
            case Wire.DEMONITOR: {
                Tag ref = tag(d);
                Process target = Processes.byId(d.readLong());
                if (target != null) {
                    target.removeRemoteWatcher(ref);
                }
                return;
            }
            case Wire.DOWN: {
                Tag ref = tag(d);
                Pid target = Pid.remote(from.id, d.readLong());
                d.readLong();
                Symbol reason = Symbol.of(d.readUTF());
                RemoteProcesses.Watch w = RemoteProcesses.WATCHING.remove(ref);
                if (w != null) {
                    Processes.deliver(w.watcher(), Pair.list(RemoteProcesses.DOWN, ref, target, reason));
                }
                return;
            }
            case Wire.SEND_TO: {
                Pid pid = Pid.remote(d.readUTF(), d.readLong());
                long seq = d.readLong();
                Migrations.arrived(from, pid, seq, Wire.blobIn(f, d));
                return;
            }
            case Wire.MIGRATED:
                Migrations.arrivedThere(Pid.remote(d.readUTF(), d.readLong()));
                return;
            case Wire.MIGRATE_FAILED:
                Migrations.refusedThere(from, Pid.remote(d.readUTF(), d.readLong()), d.readUTF());
                return;
            case Wire.MIGRATE:
                Migrations.immigrate(from, Pid.remote(d.readUTF(), d.readLong()), d.readUTF(), Wire.blob(d), Wire.blob(d));
                return;
            case Wire.TERMINATE: {
                Process target = Processes.byId(d.readLong());
                if (target != null) {
                    ProcessPrims.terminate(target.pid);
                }
                return;
            }
            default:
                throw new IOException("malformed frame: unknown type " + f.type());
        }
    }

    private static void spawned(Peer from, long request, long callerId, boolean link, byte[] bytes) {
        Procedure body;
        try {
            body = Rt.proc(CodeExchange.decode(bytes));
        } catch (SchemeError e) {
            from.send(new Wire.Payload(Wire.SPAWN_FAILED).longValue(request)
                    .text("the node at " + Distribution.localAddress() + " cannot run the procedure: " + e.getMessage()).frame());
            return;
        }
        Procedure entry = Rt.proc(ENTRY.get());
        Scheduler s = Scheduler.get();
        Process child = s.create(k -> entry.apply1(Trampoline.baseDepth(), body), DynamicState.EMPTY, null);
        if (link) {
            RemoteProcesses.addLink(child, Pid.remote(from.id, callerId));
        }
        s.start(child);
        from.send(new Wire.Payload(Wire.SPAWNED).longValue(request).longValue(child.pid.id).frame());
    }

    private static Tag tag(DataInputStream d) throws IOException {
        return new Tag(d.readLong(), d.readLong());
    }

}
