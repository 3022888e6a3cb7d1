;; do: steps are parallel, variables without steps keep their value, an empty result gives no value used.
(write (do ((i 0 (+ i 1)) (j 10 (- j 1)) (acc '() (cons (list i j) acc)))
           ((= i 3) (reverse acc))))
(newline)
;; expect: ((0 10) (1 9) (2 8))

;; Parallel stepping: swapping two variables each round.
(write (do ((a 1 b) (b 2 a) (n 0 (+ n 1))) ((= n 3) (list a b)))) (newline)
;; expect: (2 1)

;; A variable without a step, mutated in the body.
(write (do ((i 0 (+ i 1)) (s 0)) ((= i 4) s) (set! s (+ s i)))) (newline)
;; expect: 6

;; Each iteration gets a fresh binding: closures see different values.
(define thunks '())
(do ((i 0 (+ i 1))) ((= i 3)) (set! thunks (cons (lambda () i) thunks)))
(write (map (lambda (t) (t)) thunks)) (newline)
;; expect: (2 1 0)

;; A do loop running a million times in constant space.
(write (do ((i 0 (+ i 1)) (s 0 (+ s i))) ((= i 1000000) s))) (newline)
;; expect: 499999500000

;; Multiple result expressions: the last one is the value.
(write (do ((i 0 (+ i 1))) ((= i 2) 'ignored 'done))) (newline)
;; expect: done
