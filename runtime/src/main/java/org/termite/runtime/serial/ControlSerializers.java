package org.termite.runtime.serial;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.termite.runtime.exec.Continuation;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.Frame;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.value.Promise;

/**
 * Continuations and what they are made of, promises and error objects.
 *
 * <p>A continuation is its chain of frames plus its dynamic state (winders, handlers, parameter bindings). A
 * chain is written as one header: the frames not written before, outermost first, each with its code (a
 * compiled closure), resume point and slot count, after the rest of the chain (null, or a frame written
 * before, since continuations share their outer frames). Frames are immutable and built outermost first, so
 * a chain a hundred thousand frames deep is read in a loop; the slots follow later as the frames' contents.
 */
final class ControlSerializers {
    private ControlSerializers() {}

    static final ValueSerializer<Frame> FRAMES = new ValueSerializer<Frame>() {
        @Override
        public void writeHeader(Encoding out, Frame f) {
            List<Frame> chain = new ArrayList<>();
            Frame rest = f;
            while (rest != null && !out.isNumbered(rest)) {
                chain.add(rest);
                rest = rest.next();
            }
            out.varint(chain.size());
            out.internal(rest);
            for (int i = chain.size() - 1; i >= 0; i--) {
                Frame g = chain.get(i);
                out.internal(g.code);
                out.varint(g.point);
                out.varint(g.slotCount());
                out.number(g);
                out.defer(this, g);
            }
        }

        @Override
        public Frame readHeader(Decoding in) {
            int n = in.count(3);
            if (n == 0) {
                throw in.malformed("empty chain of frames");
            }
            Frame next = in.internal(Frame.class);
            for (int i = 0; i < n; i++) {
                Procedure code = in.required(Procedure.class);
                int point = in.varint();
                checkResumePoint(in, code, point);
                Frame f = Frame.linked(code, point, new Object[in.count(1)], next);
                in.number(f, this);
                in.defer(this, f);
                next = f;
            }
            return next;
        }

        @Override
        public void writeContents(Encoding out, Frame f) {
            for (int i = 0; i < f.slotCount(); i++) {
                out.value(f.slot(i));
            }
        }

        @Override
        public void readContents(Decoding in, Frame f) {
            for (int i = 0; i < f.slotCount(); i++) {
                f.setSlot(i, in.value());
            }
        }

        @Override
        public void finish(Decoding in, Frame f, UnaryOperator<Object> map) {
            for (int i = 0; i < f.slotCount(); i++) {
                f.setSlot(i, map.apply(f.slot(i)));
            }
        }

        @Override
        public boolean isSchemeValue() {
            return false;
        }

        @Override
        boolean numbersItself() {
            return true;
        }
    };

    /** Compiled code has a resume position for each of its resume points and throws for any other number. */
    private static void checkResumePoint(Decoding in, Procedure code, int point) {
        boolean ok;
        try {
            ok = point >= 0 && (CompiledCode.of(code.getClass()) == null || code.resumePosition(point) != null);
        } catch (RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            throw in.malformed("no resume point " + point + " in " + code.name());
        }
    }

    static void registerAll() {
        TypeTable.fixed(SerialFormat.FRAME, Frame.class, FRAMES);
        TypeTable.fixed(SerialFormat.CONTINUATION, Continuation.class, new ValueSerializer<Continuation>() {
            @Override
            public void writeHeader(Encoding out, Continuation k) {
                out.internal(k.frames);
                out.internal(k.dyn);
            }

            @Override
            public Continuation readHeader(Decoding in) {
                Frame frames = in.internal(Frame.class);
                return new Continuation(frames, in.required(DynamicState.class));
            }
        });
        TypeTable.fixed(SerialFormat.DYNAMIC_STATE, DynamicState.class, new ValueSerializer<DynamicState>() {
            @Override
            public void writeHeader(Encoding out, DynamicState d) {
                out.internal(d.winders());
                out.internal(d.handlers());
                out.internal(d.parameters());
            }

            @Override
            public DynamicState readHeader(Decoding in) {
                Object winders = in.required(Object.class);
                Object handlers = in.required(Object.class);
                return new DynamicState(winders, handlers, in.required(Object.class));
            }

            @Override
            public boolean isSchemeValue() {
                return false;
            }
        });
        TypeTable.fixed(SerialFormat.PROMISE_STATE, Promise.State.class, new ValueSerializer<Promise.State>() {
            @Override
            public void writeHeader(Encoding out, Promise.State s) {
                out.output().writeBoolean(s.done);
                out.defer(this, s);
            }

            @Override
            public Promise.State readHeader(Decoding in) {
                Promise.State s = new Promise(in.input().readBoolean(), null).state;
                in.defer(this, s);
                return s;
            }

            @Override
            public void writeContents(Encoding out, Promise.State s) {
                out.value(s.value);
            }

            @Override
            public void readContents(Decoding in, Promise.State s) {
                s.value = in.value();
            }

            @Override
            public void finish(Decoding in, Promise.State s, UnaryOperator<Object> map) {
                s.value = map.apply(s.value);
            }

            @Override
            public boolean isSchemeValue() {
                return false;
            }
        });
        TypeTable.fixed(SerialFormat.PROMISE, Promise.class, new ValueSerializer<Promise>() {
            @Override
            public void writeHeader(Encoding out, Promise p) {
                out.internal(p.state);
            }

            @Override
            public Promise readHeader(Decoding in) {
                Promise p = new Promise(false, null);
                p.state = in.required(Promise.State.class);
                return p;
            }
        });
        TypeTable.fixed(SerialFormat.ERROR_OBJECT, ErrorObject.class, new ValueSerializer<ErrorObject>() {
            @Override
            public void writeHeader(Encoding out, ErrorObject e) {
                out.varint(e.kind.ordinal());
                out.text(e.message);
                out.internal(e.irritants);
            }

            @Override
            public ErrorObject readHeader(Decoding in) {
                int kind = in.varint();
                ErrorObject.Kind[] kinds = ErrorObject.Kind.values();
                if (kind < 0 || kind >= kinds.length) {
                    throw in.malformed("error kind " + kind);
                }
                String message = in.text();
                return new ErrorObject(kinds[kind], message, in.required(Object.class));
            }
        });
    }
}
