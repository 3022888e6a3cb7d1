;; guard: clause selection, => clauses, re-raise when no clause matches, and the value of the body.
(write (guard (e (#t (list 'caught e))) (raise 'oops))) (newline)
;; expect: (caught oops)
(write (guard (e ((symbol? e) 'sym) ((string? e) 'str)) (raise "x"))) (newline)
;; expect: str
(write (guard (e ((assq 'a e) => cdr) ((assq 'b e))) (raise (list (cons 'a 42))))) (newline)
;; expect: 42
(write (guard (e ((assq 'a e) => cdr) ((assq 'b e))) (raise (list (cons 'b 23))))) (newline)
;; expect: (b . 23)
(write (guard (e (else 'no-error)) 'body-value)) (newline)
;; expect: body-value

;; No matching clause: the object is re-raised to the outer guard.
(write (guard (outer (#t (list 'outer outer)))
  (guard (inner ((number? inner) 'number))
    (raise 'not-a-number))))
(newline)
;; expect: (outer not-a-number)

;; guard catches errors signalled by primitives and by error.
(write (guard (e ((error-object? e) (error-object-message e))) (error "custom message" 1 2))) (newline)
;; expect: "custom message"
(write (guard (e ((error-object? e) (error-object-irritants e))) (error "msg" 'a "b" 3))) (newline)
;; expect: (a "b" 3)
(write (guard (e (#t (error-object? e))) (car 5))) (newline)
;; expect: #t
(write (guard (e (#t (error-object? e))) (vector-ref (vector 1 2) 5))) (newline)
;; expect: #t

;; The guard body may return multiple values.
(write (call-with-values (lambda () (guard (e (#t 0)) (values 1 2))) list)) (newline)
;; expect: (1 2)

;; The handler runs in the dynamic context of guard: a parameter change inside the body is undone.
(define p (make-parameter 'top))
(write (guard (e (#t (p))) (parameterize ((p 'inside)) (raise 'x)))) (newline)
;; expect: top

;; Guard in a loop: many raises do not leak.
(define (safe-div a b) (guard (e (#t 'div-error)) (if (= b 0) (raise 'zero) (quotient a b))))
(write (let loop ((i 0) (n 0)) (if (= i 100000) n (loop (+ i 1) (if (eq? (safe-div i 0) 'div-error) (+ n 1) n)))))
(newline)
;; expect: 100000
