package org.termite.runtime.serial;

import java.math.BigInteger;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.LambdaMarker;
import org.termite.runtime.num.Num;
import org.termite.runtime.num.Ratnum;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Tag;
import org.termite.runtime.value.Unspecified;

/**
 * Numbers, characters, booleans, the singletons, tags, symbols and keywords. Numbers, characters and tags (equal
 * by content, so a tag that comes back still matches) have no identity and are written wherever they occur; symbols and keywords are written once per stream and interned again
 * when read, so {@code eq?} holds between them and the receiver's own.
 */
final class AtomSerializers {
    private AtomSerializers() {}

    private static final Canonical<Tag> TAGS = new Canonical<>();

    /** A value without identity. */
    abstract static class Atom<T> extends ValueSerializer<T> {
        @Override
        public boolean tracked(T value) {
            return false;
        }

        @Override
        public boolean hasIdentity() {
            return false;
        }
    }

    /** A singleton: nothing to write. */
    static final class Singleton<T> extends Atom<T> {
        private final T value;

        Singleton(T value) {
            this.value = value;
        }

        @Override
        public void writeHeader(Encoding out, T v) {}

        @Override
        public T readHeader(Decoding in) {
            return value;
        }
    }

    static void registerAll() {
        TypeTable.fixed(SerialFormat.FIXNUM, Long.class, new Atom<Long>() {
            @Override
            public void writeHeader(Encoding out, Long v) {
                out.output().writeVarLong(v, false);
            }

            @Override
            public Long readHeader(Decoding in) {
                return in.input().readVarLong(false);
            }
        });
        TypeTable.fixed(SerialFormat.BIGNUM, BigInteger.class, new Atom<Object>() {
            @Override
            public void writeHeader(Encoding out, Object v) {
                writeBig(out, (BigInteger) v);
            }

            /** A bignum that fits a fixnum reads as a fixnum, the runtime's normal form. */
            @Override
            public Object readHeader(Decoding in) {
                return Num.norm(readBig(in));
            }
        });
        TypeTable.fixed(SerialFormat.RATNUM, Ratnum.class, new Atom<Object>() {
            @Override
            public void writeHeader(Encoding out, Object v) {
                writeBig(out, ((Ratnum) v).num);
                writeBig(out, ((Ratnum) v).den);
            }

            @Override
            public Object readHeader(Decoding in) {
                BigInteger num = readBig(in);
                BigInteger den = readBig(in);
                if (den.signum() <= 0) {
                    throw in.malformed("rational with denominator " + den);
                }
                return Ratnum.make(num, den);
            }
        });
        TypeTable.fixed(SerialFormat.FLONUM, Double.class, new Atom<Double>() {
            @Override
            public void writeHeader(Encoding out, Double v) {
                out.output().writeDouble(v);
            }

            @Override
            public Double readHeader(Decoding in) {
                return in.input().readDouble();
            }
        });
        TypeTable.fixed(SerialFormat.BOOLEAN, Boolean.class, new Atom<Boolean>() {
            @Override
            public void writeHeader(Encoding out, Boolean v) {
                out.output().writeBoolean(v);
            }

            @Override
            public Boolean readHeader(Decoding in) {
                int b = in.input().readByte();
                if (b != 0 && b != 1) {
                    throw in.malformed("boolean " + b);
                }
                return b == 1;
            }
        });
        TypeTable.fixed(SerialFormat.CHAR, SChar.class, new Atom<SChar>() {
            @Override
            public void writeHeader(Encoding out, SChar v) {
                out.varint(v.codePoint);
            }

            @Override
            public SChar readHeader(Decoding in) {
                return SChar.of(Text.codePoint(in.varint()));
            }
        });
        TypeTable.fixed(SerialFormat.NIL, Nil.class, new Singleton<>(Nil.NIL));
        TypeTable.fixed(SerialFormat.UNSPECIFIED, Unspecified.class, new Singleton<>(Unspecified.VALUE));
        TypeTable.fixed(SerialFormat.EOF, Eof.class, new Singleton<>(Eof.VALUE));
        TypeTable.fixed(SerialFormat.DEFAULT, DefaultObject.class, new Singleton<>(DefaultObject.VALUE));
        TypeTable.fixed(SerialFormat.UNBOUND, Global.UNBOUND.getClass(), new Singleton<>(Global.UNBOUND));
        TypeTable.fixed(SerialFormat.LAMBDA_MARKER, LambdaMarker.class, new Atom<LambdaMarker>() {
            @Override
            public void writeHeader(Encoding out, LambdaMarker v) {
                out.varint(v.ordinal());
            }

            @Override
            public LambdaMarker readHeader(Decoding in) {
                int i = in.varint();
                LambdaMarker[] all = LambdaMarker.values();
                if (i < 0 || i >= all.length) {
                    throw in.malformed("lambda-list marker " + i);
                }
                return all[i];
            }
        });
        TypeTable.fixed(SerialFormat.TAG, Tag.class, new Atom<Tag>() {
            @Override
            public void writeHeader(Encoding out, Tag t) {
                TAGS.intern(t);
                out.output().writeLong(t.node);
                out.output().writeVarLong(t.serial, true);
            }

            @Override
            public Tag readHeader(Decoding in) {
                long node = in.input().readLong();
                return TAGS.intern(new Tag(node, in.input().readVarLong(true)));
            }
        });
        TypeTable.fixed(SerialFormat.SYMBOL, Symbol.class, new ValueSerializer<Symbol>() {
            @Override
            public void writeHeader(Encoding out, Symbol v) {
                out.output().writeBoolean(v.interned);
                out.text(v.name);
            }

            @Override
            public Symbol readHeader(Decoding in) {
                boolean interned = in.input().readBoolean();
                String name = in.text();
                return interned ? Symbol.of(name) : Symbol.uninterned(name);
            }
        });
        // A complex number travels as its written form: both parts are reals, and the printer writes them exactly.
        TypeTable.fixed(SerialFormat.COMPLEX, org.termite.runtime.num.Complex.class, new ValueSerializer<Object>() {
            @Override
            public void writeHeader(Encoding out, Object v) {
                out.text(org.termite.runtime.num.NumberPrinter.toString(v, 10));
            }

            @Override
            public Object readHeader(Decoding in) {
                String text = in.text();
                Object n = org.termite.runtime.num.NumberParser.parse(text, 10);
                if (!(n instanceof org.termite.runtime.num.Complex) && !(n instanceof Number)
                        && !(n instanceof org.termite.runtime.num.Ratnum)) {
                    throw in.malformed("complex number " + text);
                }
                return n;
            }
        });
        TypeTable.fixed(SerialFormat.KEYWORD, Keyword.class, new ValueSerializer<Keyword>() {
            @Override
            public void writeHeader(Encoding out, Keyword v) {
                out.text(v.name);
            }

            @Override
            public Keyword readHeader(Decoding in) {
                return Keyword.of(in.text());
            }
        });
    }

    static void writeBig(Encoding out, BigInteger v) {
        byte[] bytes = v.toByteArray();
        out.varint(bytes.length);
        out.output().writeBytes(bytes);
    }

    static BigInteger readBig(Decoding in) {
        int n = in.count(1);
        if (n == 0) {
            throw in.malformed("empty integer");
        }
        return new BigInteger(in.input().readBytes(n));
    }
}
