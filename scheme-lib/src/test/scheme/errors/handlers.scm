;; with-exception-handler with raise-continuable (handler's value returns to the raiser),
;; handler nesting, and raise from within a handler going to the outer handler.
(write (with-exception-handler
  (lambda (c) 42)
  (lambda () (+ (raise-continuable 'need-a-number) 1))))
(newline)
;; expect: 43

;; The handler runs with the outer handler installed.
(write (with-exception-handler
  (lambda (outer) (list 'outer outer))
  (lambda ()
    (with-exception-handler
      (lambda (inner) (raise-continuable (list 'inner inner)))
      (lambda () (raise-continuable 'x))))))
(newline)
;; expect: (outer (inner x))

;; Escaping from a handler with call/cc.
(write (call/cc (lambda (k)
  (with-exception-handler
    (lambda (e) (k (list 'escaped e)))
    (lambda () (raise 'non-continuable))))))
(newline)
;; expect: (escaped non-continuable)

;; Handlers see the raised object unchanged (eq?).
(define obj (list 1 2))
(write (call/cc (lambda (k) (with-exception-handler (lambda (e) (k (eq? e obj))) (lambda () (raise obj))))))
(newline)
;; expect: #t

;; with-exception-handler returning the thunk's value when nothing is raised.
(write (with-exception-handler (lambda (e) 'unused) (lambda () 'fine))) (newline)
;; expect: fine

;; raise-continuable used several times in one computation.
(write (with-exception-handler
  (lambda (c) (* c 10))
  (lambda () (list (raise-continuable 1) (raise-continuable 2)))))
(newline)
;; expect: (10 20)

;; Error objects built by error are caught by a handler and inspected.
(write (call/cc (lambda (k)
  (with-exception-handler
    (lambda (e) (k (list (error-object? e) (error-object-message e) (error-object-irritants e))))
    (lambda () (error "bad thing" 'x 2))))))
(newline)
;; expect: (#t "bad thing" (x 2))
