;; call/cc escapes, re-enters, and captures deep inside non-tail recursion.
(display (+ 1 (call/cc (lambda (k) (+ 10 (k 1)))))) (newline)
;; expect: 2
(define saved #f)
(define count 0)
(display (+ 100 (call/cc (lambda (k) (set! saved k) 0)))) (newline)
(set! count (+ count 1))
(if (< count 3) (saved count))
;; expect: 100
;; expect: 101
;; expect: 102
(define (deep n) (if (= n 0) (call/cc (lambda (k) k)) (let ((r (deep (- n 1)))) r)))
(display (continuation? (deep 5000))) (newline)
;; expect: #t
