;; Gambit's exception predicates and timeouts given as any real number.
(define (caught thunk) (with-exception-catcher (lambda (e) e) thunk))
(define arity (caught (lambda () ((lambda (x) x)))))
(define unbound (caught (lambda () no-such-variable)))
(define div (caught (lambda () (/ 1 0))))
(define err (caught (lambda () (error "boom" 1 2))))
(define timeout (caught (lambda () (? 0.01))))
(display (map wrong-number-of-arguments-exception? (list arity unbound div err timeout 'x))) (newline)
;; expect: (#t #f #f #f #f #f)
(display (map unbound-global-exception? (list arity unbound div err timeout 'x))) (newline)
;; expect: (#f #t #f #f #f #f)
(display (unbound-global-exception-variable unbound)) (newline)
;; expect: no-such-variable
(display (map divide-by-zero-exception? (list arity unbound div err timeout 'x))) (newline)
;; expect: (#f #f #t #f #f #f)
(display (map mailbox-receive-timeout-exception? (list arity unbound div err timeout 'x))) (newline)
;; expect: (#f #f #f #f #t #f)
(display (list (error-exception? err) (error-exception-message err) (error-exception-parameters err))) (newline)
;; expect: (#t boom (1 2))
(display (mailbox-receive-timeout-exception? (caught (lambda () (!? (self) 'nobody-answers 0.05))))) (newline)
;; expect: #t
(? 0) ; the request !? sent to ourselves

;; timeouts: exact ratios, +inf.0
(define me (self))
(display (? 1/20 'none)) (newline)
;; expect: none
(spawn (lambda () (thread-sleep! 1/10) (! me 'later)))
(display (? +inf.0)) (newline)
;; expect: later
(display (?? symbol? 1/10 'none)) (newline)
;; expect: none
(display (with-exception-catcher error-object-message (lambda () (? 'soon)))) (newline)
;; expect: receive: expected a timeout in seconds, got
(display (with-exception-catcher error-object-message (lambda () (unbound-global-exception-variable div)))) (newline)
;; expect: unbound-global-exception-variable: expected an unbound global exception, got
(display (recv (x x) (after 1/20 'late))) (newline)
;; expect: late
(define srv (spawn (lambda () (recv ((from tag m) (! from (list tag (list 're m))))))))
(display (!? srv 'q +inf.0)) (newline)
;; expect: (re q)
(display (with-exception-catcher error-object-message (lambda () (? +nan.0 'x)))) (newline)
;; expect: receive: expected a timeout in seconds, got
