;; Non-tail recursion a million deep must not overflow: the stack moves to the heap.
(define (build n) (if (= n 0) '() (cons n (build (- n 1)))))
(define l (build 1000000))
(write (list (length l) (car l) (list-ref l 999999))) (newline)
;; expect: (1000000 1000000 1)

(define (sum-list l) (if (null? l) 0 (+ (car l) (sum-list (cdr l)))))
(write (sum-list l)) (newline)
;; expect: 500000500000

;; map and append on a long list.
(define m (map (lambda (x) (* 2 x)) l))
(write (apply + m)) (newline)
;; expect: 1000001000000
(write (length (append l l))) (newline)
;; expect: 2000000

;; Deep recursion through a lambda-valued argument (non-tail through higher-order calls).
(define (depth f n) (if (= n 0) (f) (+ 1 (depth f (- n 1)))))
(write (depth (lambda () 0) 500000)) (newline)
;; expect: 500000

;; Capturing a continuation at the bottom of deep recursion, then resuming it.
(define saved #f)
(define (deep-capture n)
  (if (= n 0)
      (call/cc (lambda (k) (set! saved k) 0))
      (+ 1 (deep-capture (- n 1)))))
(define first-time #t)
(define r (deep-capture 200000))
(write r) (newline)
(when first-time (set! first-time #f) (saved 5))
;; expect: 200000
;; expect: 200005

;; equal? on deep structures.
(write (equal? (build 300000) (build 300000))) (newline)
;; expect: #t
