;; (.length s) in a loop, timed: nanoseconds per iteration, best of several rounds.
;;   usage: termite run length.scm [ITERATIONS]
(import (scheme base) (scheme write) (scheme process-context) (scheme time))

(define n (let ((args (command-line))) (if (> (length args) 1) (string->number (cadr args)) 20000000)))

(define (scheme-string-loop s n)
  (let loop ((i 0) (acc 0))
    (if (< i n) (loop (+ i 1) (+ acc (.length s))) acc)))

(define (java-object-loop sb n)
  (let loop ((i 0) (acc 0))
    (if (< i n) (loop (+ i 1) (+ acc (.length sb))) acc)))

(define (scheme-only-loop s n)
  (let loop ((i 0) (acc 0))
    (if (< i n) (loop (+ i 1) (+ acc (string-length s))) acc)))

(define (best-ns-per-iteration f arg)
  (let round ((r 0) (best #f))
    (if (= r 5)
        best
        (let* ((t0 (current-jiffy)) (result (f arg n)) (t1 (current-jiffy))
               (ns (/ (exact->inexact (- t1 t0)) n)))
          (if (not (= result (* n 11))) (error "wrong result" result))
          (round (+ r 1) (if (or (not best) (< ns best)) ns best))))))

(define (report name ns)
  (display name) (display " ") (display (/ (round (* ns 100)) 100)) (display " ns/iteration") (newline))

(report "(.length s), s a Scheme string:          " (best-ns-per-iteration scheme-string-loop "hello world"))
(report "(.length sb), sb a java.lang.StringBuilder:" (best-ns-per-iteration java-object-loop (java.lang.StringBuilder. "hello world")))
(report "(string-length s), no Java:               " (best-ns-per-iteration scheme-only-loop "hello world"))
