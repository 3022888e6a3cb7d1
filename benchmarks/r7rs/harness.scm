;;; Harness of the r7rs-benchmarks programs: run.sh puts an implementation's preludes, then this
;;; file, then one program into a single source file, so all three implementations compile the same
;;; text.
;;;
;;; (run-r7rs NAME COUNT THUNK OK?) calls THUNK COUNT times (one "iteration", as in the suite), and
;;; checks the last result with OK?: a wrong answer prints an error line and exits with code 1.
;;; The first iteration is the cold run (its time includes the JVM's interpreter and JIT warm-up);
;;; then BENCH_RUNS more iterations (environment variable, default 3), each timed and checked.
;;; BENCH_RUNS=0 runs the first iteration only: run.sh times that whole process as the cold figure.
;;; Output, parsed by run.sh:
;;;   first-us: <microseconds of the first iteration>
;;;   times-us: <microseconds of each later iteration>
;;;   result: <the answer, when it is short>

(define (bench-runs)
  (let ((s (bench-getenv "BENCH_RUNS")))
    (or (and s (string->number s)) 3)))

;; Returns x through a call the compiler cannot see through, so that no implementation folds a
;; benchmark's input into a constant (the suite's hide does the same).
(define (hide r x)
  (call-with-values
      (lambda () (values (vector values (lambda (y) y)) (if (< r 100) 0 1)))
    (lambda (v i) ((vector-ref v i) x))))

(define (jiffies->us ticks)
  (quotient (* ticks 1000000) (jiffies-per-second)))

(define (run-r7rs name count thunk ok?)
  (define (iteration)
    (let loop ((i 1) (result (thunk)))
      (if (< i count)
          (loop (+ i 1) (thunk))
          result)))
  (define (timed-iteration)
    (let* ((start (current-jiffy))
           (result (iteration))
           (stop (current-jiffy)))
      (if (not (ok? result))
          (begin
            (display "error: ") (display name) (display ": wrong answer: ")
            (let ((p (open-output-string)))
              (write result p)
              (let ((s (get-output-string p)))
                (display (if (> (string-length s) 200) (substring s 0 200) s))))
            (newline)
            (exit 1)))
      (cons result (jiffies->us (- stop start)))))
  (let* ((first (timed-iteration))
         (runs (bench-runs)))
    (display "first-us: ") (display (cdr first)) (newline)
    (display "times-us:")
    (let loop ((i 0))
      (if (< i runs)
          (begin
            (display " ")
            (display (cdr (timed-iteration)))
            (loop (+ i 1)))))
    (newline)
    (let ((p (open-output-string)))
      (write (car first) p)
      (let ((s (get-output-string p)))
        (if (<= (string-length s) 40)
            (begin (display "result: ") (display s) (newline)))))))
