package org.termite.runtime.value;

/**
 * A promise (delay, delay-force, make-promise). The state sits in a shared box so that forcing a chain of
 * delay-force promises can make them all share one result, in constant space (R7RS's reference algorithm).
 */
public final class Promise {
    /** done: value is the result; otherwise value is the thunk that computes it. */
    public static final class State {
        public boolean done;
        public Object value;

        State(boolean done, Object value) {
            this.done = done;
            this.value = value;
        }
    }

    public State state;

    public Promise(boolean done, Object value) {
        this.state = new State(done, value);
    }

    @Override
    public String toString() {
        return "#<promise>";
    }
}
