;;; Shared by every benchmark and every implementation: the script puts an implementation's prelude,
;;; then this file, then one program into a single source file, so all three compile the same text.
;;;
;;; The first call of THUNK is a warm-up (the JVM compiles hot code while it runs) and fixes the
;;; expected answer; each timed call must give the same answer, so a wrong result cannot hide behind
;;; a fast time. Output, parsed by run-benchmarks.sh:
;;;   result: <answer, as written by write>
;;;   times-us: <microseconds of each timed call>

(define benchmark-runs 5)

(define (jiffies->microseconds ticks)
  (quotient (* ticks 1000000) (jiffies-per-second)))

(define (run-benchmark name thunk)
  (let ((expected (thunk)))
    (let loop ((i 0) (times '()))
      (if (< i benchmark-runs)
          (let* ((start (current-jiffy))
                 (result (thunk))
                 (stop (current-jiffy)))
            (if (not (equal? result expected))
                (begin
                  (display "error: ") (display name) (display " gave ") (write result)
                  (display " after ") (write expected) (newline)))
            (loop (+ i 1) (cons (jiffies->microseconds (- stop start)) times)))
          (begin
            (display "result: ") (write expected) (newline)
            (display "times-us:")
            (for-each (lambda (t) (display " ") (display t)) (reverse times))
            (newline))))))
