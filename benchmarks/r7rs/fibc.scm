;;; fibc: Fibonacci where each result is passed to a continuation captured by call/cc, and added
;;; by counting one up and the other down. Suite: (fibc 30) 10 times. Here: 2 times. Answer 832040.

(define (succ n) (+ n 1))
(define (pred n) (- n 1))

(define (addc x y k)
  (if (zero? y)
      (k x)
      (addc (succ x) (pred y) k)))

(define (fibc x c)
  (if (zero? x)
      (c 0)
      (if (zero? (pred x))
          (c 1)
          (addc (call-with-current-continuation (lambda (c) (fibc (pred x) c)))
                (call-with-current-continuation (lambda (c) (fibc (pred (pred x)) c)))
                c))))

(run-r7rs "fibc" 2 (lambda () (fibc (hide 2 30) (lambda (n) n))) (lambda (r) (eqv? r 832040)))
