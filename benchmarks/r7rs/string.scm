;;; string: grow a string by string-append and substring until it is longer than 500,000
;;; characters, ten times over. Suite: 100 times. Here: 20 times. Answer 524278.

(define s "abcdef")

(define (grow)
  (set! s (string-append "123" s "456" s "789"))
  (set! s (string-append
           (substring s (quotient (string-length s) 2) (string-length s))
           (substring s 0 (+ 1 (quotient (string-length s) 2)))))
  s)

(define (trial n)
  (do ((i 0 (+ i 1)))
      ((> (string-length s) n) (string-length s))
    (grow)))

(define (my-try n)
  (do ((i 0 (+ i 1)))
      ((>= i 10) (string-length s))
    (set! s "abcdef")
    (trial n)))

(run-r7rs "string" 20 (lambda () (my-try (hide 20 500000))) (lambda (r) (eqv? r 524278)))
