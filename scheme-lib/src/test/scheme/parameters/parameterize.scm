;; make-parameter with converters, parameterize nesting and restoring on escapes and errors,
;; and continuations capturing the parameterized state.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define p (make-parameter 10))
(define q (make-parameter 5 (lambda (x) (* x 2))))
(show (p) (q))
;; expect: 10 10
(parameterize ((p 1) (q 2))
  (show (p) (q))
  (parameterize ((p 'inner)) (show (p) (q)))
  (show (p)))
(show (p) (q))
;; expect: 1 4
;; expect: inner 4
;; expect: 1
;; expect: 10 10
;; Escaping by call/cc or by an error restores the values.
(call/cc (lambda (k) (parameterize ((p 'escaping)) (k #f))))
(show (p))
;; expect: 10
(guard (e (#t #f)) (parameterize ((p 'erroring)) (error "x")))
(show (p))
;; expect: 10
;; A continuation captured inside parameterize sees the parameterized value when re-entered.
(define k2 #f)
(define seen '())
(parameterize ((p 'captured))
  (call/cc (lambda (k) (set! k2 k)))
  (set! seen (cons (p) seen)))
(if (< (length seen) 2) (k2 #f))
(show seen (p))
;; expect: (captured captured) 10
;; Parameters are procedures; closures look them up at call time, not at creation.
(define (get-p) (p))
(show (parameterize ((p 'dynamic)) (get-p)) (procedure? p))
;; expect: dynamic #t
;; The converter runs on parameterize values but not when a parameter is called with no arguments.
(define log '())
(define r (make-parameter 1 (lambda (x) (set! log (cons x log)) x)))
(parameterize ((r 2)) (r) (r))
(show (reverse log))
;; expect: (1 2)
;; current-output-port is a parameter.
(show (parameterize ((current-output-port (open-output-string))) (display "hidden") 'done))
;; expect: done
