package org.termite.compiler.library;

import java.util.LinkedHashMap;
import java.util.Map;
import org.termite.compiler.expand.Binding;
import org.termite.compiler.expand.Env;
import org.termite.compiler.expand.Expander;
import org.termite.runtime.value.Symbol;

/**
 * The libraries that are always there: R7RS-small's (appendix A of the report), R5RS's, the SRFIs the runtime
 * implements, and (termite) / (gambit), open libraries meaning everything. Their procedures are the runtime's
 * globals and their syntax the core environment's keywords; importing them binds nothing new unless the import
 * set renames.
 */
final class StandardLibraries {
    private static final Map<String, String> EXPORTS = new LinkedHashMap<>();

    static {
        EXPORTS.put("(scheme base)", """
                * + - ... / < <= = => > >= _ abs and append apply assoc assq assv begin binary-port? boolean=?
                boolean? bytevector bytevector-append bytevector-copy bytevector-copy! bytevector-length
                bytevector-u8-ref bytevector-u8-set! bytevector? caar cadr call-with-current-continuation
                call-with-port call-with-values call/cc car case cdar cddr cdr ceiling char->integer char-ready?
                char<=? char<? char=? char>=? char>? char? close-input-port close-output-port close-port complex?
                cond cond-expand cons current-error-port current-input-port current-output-port define
                define-record-type define-syntax define-values denominator do dynamic-wind else eof-object
                eof-object? eq? equal? eqv? error error-object-irritants error-object-message error-object?
                even? exact exact-integer-sqrt exact-integer? exact? expt features file-error? floor
                floor-quotient floor-remainder floor/ flush-output-port for-each gcd get-output-bytevector
                get-output-string guard if import include include-ci inexact inexact? input-port-open?
                input-port? integer->char integer? lambda lcm length let let* let*-values let-syntax let-values
                letrec letrec* letrec-syntax list list->string list->vector list-copy list-ref list-set!
                list-tail list? make-bytevector make-list make-parameter make-string make-vector map max member
                memq memv min modulo negative? newline not null? number->string number? numerator odd?
                open-input-bytevector open-input-string open-output-bytevector open-output-string or
                output-port-open? output-port? pair? parameterize peek-char peek-u8 positive? procedure?
                quasiquote quote quotient raise raise-continuable rational? rationalize read-bytevector
                read-bytevector! read-char read-error? read-line read-string read-u8 real? remainder reverse
                round set! set-car! set-cdr! square string string->list string->number string->symbol
                string->utf8 string->vector string-append string-copy string-copy! string-fill! string-for-each
                string-length string-map string-ref string-set! string<=? string<? string=? string>=? string>?
                string? substring symbol->string symbol=? symbol? syntax-error syntax-rules textual-port?
                truncate truncate-quotient truncate-remainder truncate/ u8-ready? unless unquote
                unquote-splicing utf8->string values vector vector->list vector->string vector-append
                vector-copy vector-copy! vector-fill! vector-for-each vector-length vector-map vector-ref
                vector-set! vector? when with-exception-handler write-bytevector write-char write-string
                write-u8 zero?""");
        EXPORTS.put("(scheme case-lambda)", "case-lambda");
        EXPORTS.put("(scheme char)", """
                char-alphabetic? char-ci<=? char-ci<? char-ci=? char-ci>=? char-ci>? char-downcase char-foldcase
                char-lower-case? char-numeric? char-upcase char-upper-case? char-whitespace? digit-value
                string-ci<=? string-ci<? string-ci=? string-ci>=? string-ci>? string-downcase string-foldcase
                string-upcase""");
        EXPORTS.put("(scheme complex)", "angle imag-part magnitude make-polar make-rectangular real-part");
        EXPORTS.put("(scheme cxr)", """
                caaar caadr cadar caddr cdaar cdadr cddar cdddr caaaar caaadr caadar caaddr cadaar cadadr caddar
                cadddr cdaaar cdaadr cdadar cdaddr cddaar cddadr cdddar cddddr""");
        EXPORTS.put("(scheme eval)", "environment eval");
        EXPORTS.put("(scheme file)", """
                call-with-input-file call-with-output-file delete-file file-exists? open-binary-input-file
                open-binary-output-file open-input-file open-output-file with-input-from-file
                with-output-to-file""");
        EXPORTS.put("(scheme inexact)", "acos asin atan cos exp finite? infinite? log nan? sin sqrt tan");
        EXPORTS.put("(scheme lazy)", "delay delay-force force make-promise promise?");
        EXPORTS.put("(scheme load)", "load");
        EXPORTS.put("(scheme process-context)",
                "command-line emergency-exit exit get-environment-variable get-environment-variables");
        EXPORTS.put("(scheme read)", "read");
        EXPORTS.put("(scheme repl)", "interaction-environment");
        EXPORTS.put("(scheme time)", "current-jiffy current-second jiffies-per-second");
        EXPORTS.put("(scheme write)", "display write write-shared write-simple");
        EXPORTS.put("(scheme r5rs)", """
                * + - / < <= = > >= abs acos and angle append apply asin assoc assq assv atan begin boolean?
                caaaar caaadr caaar caadar caaddr caadr caar cadaar cadadr cadar caddar cadddr caddr cadr
                call-with-current-continuation call-with-input-file call-with-output-file call-with-values car
                case cdaaar cdaadr cdaar cdadar cdaddr cdadr cdar cddaar cddadr cddar cdddar cddddr cdddr cddr
                cdr ceiling char->integer char-alphabetic? char-ci<=? char-ci<? char-ci=? char-ci>=? char-ci>?
                char-downcase char-lower-case? char-numeric? char-ready? char-upcase char-upper-case?
                char-whitespace? char<=? char<? char=? char>=? char>? char? close-input-port close-output-port
                complex? cond cons cos current-input-port current-output-port define define-syntax delay
                denominator display do dynamic-wind eof-object? eq? equal? eqv? eval even? exact->inexact exact?
                exp expt floor for-each force gcd if imag-part inexact->exact inexact? input-port? integer->char
                integer? interaction-environment lambda lcm length let let* let-syntax letrec letrec-syntax list
                list->string list->vector list-ref list-tail list? load log magnitude make-polar
                make-rectangular make-string make-vector map max member memq memv min modulo negative? newline
                not null-environment null? number->string number? numerator odd? open-input-file
                open-output-file or output-port? pair? peek-char positive? procedure? quasiquote quote quotient
                rational? rationalize read read-char real-part real? remainder reverse round
                scheme-report-environment set! set-car! set-cdr! sin sqrt string string->list string->number
                string->symbol string-append string-ci<=? string-ci<? string-ci=? string-ci>=? string-ci>?
                string-copy string-fill! string-length string-ref string-set! string<=? string<? string=?
                string>=? string>? string? substring symbol->string symbol? tan truncate values vector
                vector->list vector-fill! vector-length vector-ref vector-set! vector? with-input-from-file
                with-output-to-file write write-char zero?""");
        EXPORTS.put("(srfi 1)", """
                cons list xcons cons* make-list list-tabulate list-copy iota first second third fourth fifth
                sixth seventh eighth ninth tenth car+cdr take drop take-right drop-right take! drop-right!
                split-at split-at! last last-pair length+ append concatenate reverse append! reverse!
                append-reverse append-reverse! count fold fold-right reduce reduce-right unfold unfold-right
                append-map filter-map pair-for-each pair-fold map for-each find find-tail any every list-index
                take-while drop-while take-while! span break span! break! filter remove partition delete
                delete! delete-duplicates member memq memv assoc assq assv alist-cons alist-copy alist-delete
                lset-adjoin lset-union lset-intersection lset-difference proper-list? dotted-list?
                circular-list? null-list? not-pair? list=""");
        EXPORTS.put("(srfi 6)", "open-input-string open-output-string get-output-string");
        EXPORTS.put("(srfi 8)", "receive");
        EXPORTS.put("(srfi 9)", "define-record-type");
        EXPORTS.put("(srfi 11)", "let-values let*-values");
        EXPORTS.put("(srfi 16)", "case-lambda");
        EXPORTS.put("(srfi 23)", "error");
        EXPORTS.put("(srfi 28)", "format");
        EXPORTS.put("(srfi 39)", "make-parameter parameterize");
        EXPORTS.put("(srfi 64)", """
                test-begin test-end test-group test-assert test-equal test-eqv test-eq test-approximate test-error
                test-skip test-expect-fail test-match-name test-match-nth test-match-all test-match-any
                test-runner? test-runner-null test-runner-simple test-runner-create test-runner-factory
                test-runner-current test-runner-get test-with-runner test-runner-reset test-runner-pass-count
                test-runner-fail-count test-runner-xpass-count test-runner-xfail-count test-runner-skip-count
                test-runner-group-stack test-runner-group-path test-runner-test-name test-runner-on-test-begin
                test-runner-on-test-begin! test-runner-on-test-end test-runner-on-test-end!
                test-runner-on-group-begin test-runner-on-group-begin! test-runner-on-group-end
                test-runner-on-group-end! test-runner-on-final test-runner-on-final! test-runner-on-bad-end-name
                test-runner-on-bad-end-name! test-runner-aux-value test-runner-aux-value! test-result-kind
                test-result-ref test-result-set! test-result-remove test-result-clear test-result-alist
                test-passed? test-read-eval-string""");
        EXPORTS.put("(srfi 69)", """
                make-hash-table hash-table? alist->hash-table hash-table-equivalence-function
                hash-table-hash-function hash-table-ref hash-table-ref/default hash-table-set! hash-table-delete!
                hash-table-exists? hash-table-update! hash-table-update!/default hash-table-size hash-table-keys
                hash-table-values hash-table-walk hash-table-fold hash-table->alist hash-table-copy
                hash-table-merge! hash string-hash string-ci-hash hash-by-identity""");
        EXPORTS.put("(srfi 95)", "sorted? merge merge! sort sort!");
        EXPORTS.put("(srfi 98)", "get-environment-variable get-environment-variables");
    }

    private StandardLibraries() {}

    /** The standard library of that name, or null. */
    static Library find(LibraryName name) {
        String key = name.toString();
        if (key.equals("(termite)") || key.equals("(gambit)")) {
            return new Library(name, Map.of(), null, true);
        }
        String names = EXPORTS.get(key);
        if (names == null) {
            return null;
        }
        Env core = Expander.newGlobalEnv();
        Map<Symbol, Export> exports = new LinkedHashMap<>();
        for (String n : names.split("\\s+")) {
            if (!n.isEmpty()) {
                Symbol s = Symbol.of(n);
                exports.put(s, exportOf(core, s));
            }
        }
        return new Library(name, exports, null, false);
    }

    /** Every standard library's name, for tests. */
    static java.util.Set<String> names() {
        return EXPORTS.keySet();
    }

    /** A name as the core environment defines it: a keyword if it is syntax there, else a global variable. */
    static Export exportOf(Env env, Symbol s) {
        Binding b = env.resolve(s);
        return b == null ? new Export.Variable(s) : new Export.Keyword(b);
    }
}
