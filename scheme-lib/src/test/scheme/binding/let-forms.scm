;; let, let*, letrec, letrec* and named let: scoping and evaluation order of the inits.
(define x 'outer)
(write (let ((x 1) (y x)) (list x y))) (newline)
;; expect: (1 outer)
(write (let* ((x 1) (y x)) (list x y))) (newline)
;; expect: (1 1)
(write (let* () 5)) (newline)
;; expect: 5
(write (letrec ((even? (lambda (n) (if (= n 0) #t (odd? (- n 1)))))
                (odd? (lambda (n) (if (= n 0) #f (even? (- n 1))))))
         (list (even? 100) (odd? 7))))
(newline)
;; expect: (#t #t)
(write (letrec* ((a 1) (b (+ a 1)) (f (lambda () (* a b)))) (f))) (newline)
;; expect: 2

;; Named let: the loop name is bound only inside the body.
(write (let loop ((i 0) (acc '())) (if (= i 5) (reverse acc) (loop (+ i 1) (cons (* i i) acc))))) (newline)
;; expect: (0 1 4 9 16)
(define (loop) 'global-loop)
(write (let loop ((n 0)) (if (< n 3) (loop (+ n 1)) n))) (newline)
(write (loop)) (newline)
;; expect: 3
;; expect: global-loop

;; Shadowing a primitive name locally.
(write (let ((car cdr)) (car '(1 2 3)))) (newline)
;; expect: (2 3)
(write (car '(1 2 3))) (newline)
;; expect: 1

;; Closures capture each iteration's binding of a named-let variable.
(define procs
  (let loop ((i 0) (ps '()))
    (if (= i 3) (reverse ps) (loop (+ i 1) (cons (lambda () i) ps)))))
(write (map (lambda (p) (p)) procs)) (newline)
;; expect: (0 1 2)

;; A body may start with definitions after let.
(write (let ((a 2)) (define b 3) (define (c) (* a b)) (c))) (newline)
;; expect: 6
