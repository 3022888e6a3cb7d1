;;; closures: map and a hand-written fold over a long list with freshly made closures
;;; (adders, composition, a captured accumulator), so most calls are to lambdas, not globals.

(define (range n)
  (let loop ((i (- n 1)) (acc '()))
    (if (< i 0) acc (loop (- i 1) (cons i acc)))))

(define (fold f acc lst)
  (if (null? lst) acc (fold f (f (car lst) acc) (cdr lst))))

(define (make-adder k) (lambda (x) (+ x k)))

(define (compose f g) (lambda (x) (f (g x))))

(define (closure-work rounds lst)
  (let loop ((i 0) (total 0))
    (if (= i rounds)
        total
        (let* ((step (compose (make-adder i) (lambda (x) (* x 3))))
               (mapped (map step lst))
               (kept (fold (lambda (x acc) (if (even? x) (cons x acc) acc)) '() mapped))
               (sum (fold (lambda (x acc) (+ x acc)) 0 kept)))
          (loop (+ i 1) (remainder (+ total sum) 1000000007))))))

(define numbers (range 10000))

(run-benchmark "closures" (lambda () (closure-work 800 numbers)))
