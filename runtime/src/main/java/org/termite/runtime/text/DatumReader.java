package org.termite.runtime.text;

import java.util.ArrayList;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Reads Scheme data (R7RS lexical syntax with Gambit's extensions) from text, recording where each pair and
 * vector starts.
 *
 * <p>The reader is a loop over tokens with an explicit stack of unfinished data (lists, vectors, quote
 * abbreviations, datum labels, datum comments) instead of recursion, so neither a list of a million elements
 * nor deeply nested parentheses can overflow the JVM stack. A finished datum is handed to the frame on top of
 * the stack; frames that need only one datum (quote, label, comment) finish in turn and hand theirs on.
 */
public final class DatumReader {
    private static final int LIST = 0;
    private static final int VECTOR = 1;
    private static final int BYTEVECTOR = 2;
    private static final int QUOTE = 3;
    private static final int LABEL = 4;
    private static final int COMMENT = 5;

    /** Dot states of a list frame. */
    private static final int NO_DOT = 0;
    private static final int AFTER_DOT = 1;
    private static final int AFTER_TAIL = 2;

    /** Returned by {@link #deliver} while the outermost datum is still unfinished. */
    private static final Object UNFINISHED = new Object();

    private final ReaderInput in;
    private final Lexer lexer;
    private final SourcePositions positions;
    private final ArrayList<Frame> stack = new ArrayList<>();
    private final DatumLabels labels;

    public DatumReader(String text, String file, SourcePositions positions) {
        this(new StringSource(text), file, positions);
    }

    public DatumReader(CodePointSource source, String file, SourcePositions positions) {
        this.in = new ReaderInput(source, file);
        this.lexer = new Lexer(in);
        this.positions = positions;
        this.labels = new DatumLabels(in);
    }

    /** An unfinished datum; only the fields of its kind are used. */
    private static final class Frame {
        final int kind;
        final SourcePos pos;
        Token closer;
        Pair head;
        Pair tail;
        int dot;
        ArrayList<Object> items;
        Symbol quote;
        DatumLabels.Slot slot;

        Frame(int kind, SourcePos pos) {
            this.kind = kind;
            this.pos = pos;
        }
    }

    /** The next datum, or {@link Eof#VALUE} at the end of the input. */
    public Object read() {
        stack.clear();
        labels.clear();
        while (true) {
            Object token = lexer.next();
            SourcePos pos = lexer.tokenPos();
            Object value;
            if (token instanceof Token t) {
                switch (t) {
                    case END:
                        if (stack.isEmpty()) {
                            return Eof.VALUE;
                        }
                        throw in.error(pos, "unexpected end of input: " + missing(top()));
                    case OPEN_PAREN:
                    case OPEN_BRACKET: {
                        Frame f = push(LIST, pos);
                        f.closer = t == Token.OPEN_PAREN ? Token.CLOSE_PAREN : Token.CLOSE_BRACKET;
                        continue;
                    }
                    case OPEN_VECTOR:
                        push(VECTOR, pos).items = new ArrayList<>();
                        continue;
                    case OPEN_BYTEVECTOR:
                        push(BYTEVECTOR, pos).items = new ArrayList<>();
                        continue;
                    case QUOTE: pushQuote("quote", pos); continue;
                    case QUASIQUOTE: pushQuote("quasiquote", pos); continue;
                    case UNQUOTE: pushQuote("unquote", pos); continue;
                    case UNQUOTE_SPLICING: pushQuote("unquote-splicing", pos); continue;
                    case DATUM_COMMENT:
                        push(COMMENT, pos);
                        continue;
                    case DOT:
                        dot(pos);
                        continue;
                    case CLOSE_PAREN:
                    case CLOSE_BRACKET: {
                        Frame f = close(t, pos);
                        value = finish(f);
                        pos = f.pos;
                        break;
                    }
                    default:
                        throw new IllegalStateException(t.name());
                }
            } else if (token instanceof Token.Label label) {
                if (label.definition()) {
                    push(LABEL, pos).slot = labels.define(label.number(), pos);
                    continue;
                }
                value = labels.reference(label.number(), pos);
            } else {
                value = token;
            }
            Object done = deliver(value, pos);
            if (done != UNFINISHED) {
                return done;
            }
        }
    }

    private Frame top() {
        return stack.get(stack.size() - 1);
    }

    private Frame pop() {
        return stack.remove(stack.size() - 1);
    }

    private Frame push(int kind, SourcePos pos) {
        Frame f = new Frame(kind, pos);
        stack.add(f);
        return f;
    }

    private void pushQuote(String name, SourcePos pos) {
        push(QUOTE, pos).quote = Symbol.of(name);
    }

    private void record(Object datum, SourcePos pos) {
        if (positions != null) {
            positions.put(datum, pos);
        }
    }

    /**
     * Hands a finished datum that starts at {@code pos} to the frame on top; returns the outermost datum once
     * it is finished, else {@link #UNFINISHED}.
     */
    private Object deliver(Object value, SourcePos pos) {
        while (true) {
            if (stack.isEmpty()) {
                return value;
            }
            Frame f = top();
            switch (f.kind) {
                case LIST:
                    addToList(f, value, pos);
                    return UNFINISHED;
                case VECTOR:
                    f.items.add(value);
                    return UNFINISHED;
                case BYTEVECTOR:
                    if (!(value instanceof Long n && n >= 0 && n <= 255)) {
                        throw in.error(pos, "bad bytevector element: expected an exact integer from 0 to 255");
                    }
                    f.items.add(value);
                    return UNFINISHED;
                case QUOTE: {
                    pop();
                    Pair rest = new Pair(value, Nil.NIL);
                    record(rest, pos);
                    Pair form = new Pair(f.quote, rest);
                    record(form, f.pos);
                    value = form;
                    pos = f.pos;
                    break;
                }
                case LABEL:
                    pop();
                    labels.fill(f.slot, value, f.pos);
                    break;
                default:
                    pop();
                    return UNFINISHED;
            }
        }
    }

    private void addToList(Frame f, Object value, SourcePos pos) {
        switch (f.dot) {
            case NO_DOT: {
                Pair p = new Pair(value, Nil.NIL);
                if (f.head == null) {
                    f.head = p;
                    record(p, f.pos);
                } else {
                    f.tail.cdr = p;
                    record(p, pos);
                }
                f.tail = p;
                return;
            }
            case AFTER_DOT:
                f.tail.cdr = value;
                f.dot = AFTER_TAIL;
                return;
            default:
                throw in.error(pos, "more than one datum after \".\" in the list opened at " + f.pos);
        }
    }

    private void dot(SourcePos pos) {
        if (stack.isEmpty() || top().kind != LIST || top().head == null || top().dot != NO_DOT) {
            throw in.error(pos, "unexpected \".\": a dot must follow at least one datum inside a list");
        }
        top().dot = AFTER_DOT;
    }

    private Frame close(Token closer, SourcePos pos) {
        String shown = closer == Token.CLOSE_PAREN ? "\")\"" : "\"]\"";
        if (stack.isEmpty()) {
            throw in.error(pos, "unexpected " + shown);
        }
        Frame f = top();
        switch (f.kind) {
            case LIST:
                if (f.closer != closer) {
                    throw in.error(pos, "unexpected " + shown + ": " + missing(f));
                }
                if (f.dot == AFTER_DOT) {
                    throw in.error(pos, "unexpected " + shown + ": missing datum after \".\"");
                }
                break;
            case VECTOR:
            case BYTEVECTOR:
                if (closer != Token.CLOSE_PAREN) {
                    throw in.error(pos, "unexpected " + shown + ": " + missing(f));
                }
                break;
            default:
                throw in.error(pos, "unexpected " + shown + ": " + missing(f));
        }
        return pop();
    }

    private Object finish(Frame f) {
        switch (f.kind) {
            case LIST:
                return f.head == null ? Nil.NIL : f.head;
            case VECTOR: {
                Object[] v = f.items.toArray();
                record(v, f.pos);
                return v;
            }
            default: {
                byte[] bytes = new byte[f.items.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (long) (Long) f.items.get(i);
                }
                return bytes;
            }
        }
    }

    /** What the unfinished frame {@code f} still needs, for error messages. */
    private static String missing(Frame f) {
        switch (f.kind) {
            case LIST:
                return (f.closer == Token.CLOSE_PAREN ? "missing close parenthesis" : "missing close bracket")
                        + " for the list opened at " + f.pos;
            case VECTOR:
                return "missing close parenthesis for the vector opened at " + f.pos;
            case BYTEVECTOR:
                return "missing close parenthesis for the bytevector opened at " + f.pos;
            case QUOTE:
                return "missing datum after the " + f.quote.name + " abbreviation at " + f.pos;
            case LABEL:
                return "missing datum after the label #" + f.slot.number + "= at " + f.pos;
            default:
                return "missing datum after the datum comment #; at " + f.pos;
        }
    }
}
