;; A Scheme procedure given where Java expects a functional interface becomes an instance of it.
(import (scheme base) (scheme write) (java java.util ArrayList Collections) (java java.util.concurrent Executors TimeUnit))
(define l (ArrayList.))
(for-each (lambda (x) (.add l x)) '("pear" "fig" "banana"))
;; Comparator, called by Java on this process's own thread.
(Collections/sort l (lambda (a b) (- (string-length a) (string-length b))))
(write (vector->list (java-array->vector (.toArray l)))) (newline)
;; expect: ("fig" "pear" "banana")
;; java.util.function.Function and Predicate
(define stream (.stream l))
(write (.collect (.map (.stream l) (lambda (s) (string-upcase s))) (java.util.stream.Collectors/joining ","))) (newline)
;; expect: "FIG,PEAR,BANANA"
(write (.removeIf l (lambda (s) (> (string-length s) 4)))) (newline)
;; expect: #t
(write (.size l)) (newline)
;; expect: 2
;; A Runnable called on a thread of Java's own runs in a process of its own: it can send to us.
(define me (self))
(define pool (Executors/newFixedThreadPool 2))
(.execute pool (lambda () (! me (list 'from-java (process? (self)) (eq? (self) me)))))
(write (? 5)) (newline)
;; expect: (from-java #t #f)
;; A Callable's result comes back to the Java thread that asked, converted.
(define future (.submit pool (java-proxy 'java.util.concurrent.Callable (lambda () (* 6 7)))))
(write (.get future 5 TimeUnit/SECONDS)) (newline)
;; expect: 42
;; An error in the procedure reaches the Java caller as an exception.
(define failing (.submit pool (java-proxy 'java.util.concurrent.Callable (lambda () (car '())))))
(write (guard (e (#t (error-object-message e))) (.get failing 5 TimeUnit/SECONDS))) (newline)
;; expect: "java.util.concurrent.ExecutionException: org.termite.runtime.java.SchemeException: car: expected a pair, got ()"
(.shutdown pool)
;; A callback that Java calls on this process's own thread cannot wait for a message.
(write (guard (e (#t (error-object-message e))) (Collections/sort l (lambda (a b) (? 1) 0)))) (newline)
;; expect: "cannot wait here: only a process can wait for messages or timers"
