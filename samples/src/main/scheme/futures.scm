;; Futures, as in Termite's presentation: a future is a process that computes a value once and then
;; gives it to whoever asks, as many times as asked.

(define-macro (future . body)
  `(future* (lambda () ,@body)))

(define (future* thunk)
  (spawn
    (let ((value (thunk)))
      (let loop ()
        (recv
          ((from tag 'ref)
           (! from (list tag value))))
        (loop)))))

(define (touch future)
  (!? future 'ref))

(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))

;; Four computations run at once, in processes of their own; touching waits only for the one needed.
(define futures (map (lambda (n) (future (fib n))) '(20 21 22 23)))
(display (map touch futures)) (newline)

;; A future can be touched again: the value is kept, not computed twice.
(define f (future (* 6 7)))
(display (list (touch f) (touch f))) (newline)

;; A parallel map: one future per element, then touch them in order.
(define (pmap f items)
  (map touch (map (lambda (x) (future (f x))) items)))
(display (pmap (lambda (x) (* x x x)) '(1 2 3 4 5))) (newline)
