;; Hygiene: macro-introduced bindings do not capture user names, and free identifiers in templates
;; refer to the bindings visible where the macro was defined.
(define-syntax my-or2
  (syntax-rules ()
    ((_ a b) (let ((t a)) (if t t b)))))
(define t 5)
(write (my-or2 #f t)) (newline)
;; expect: 5

;; A local rebinding of `if` at the use site does not change the macro's `if`.
(define-syntax my-when
  (syntax-rules ()
    ((_ c e ...) (if c (begin e ...) #f))))
(write (let ((if (lambda args 'user-if))) (my-when #t 'ok))) (newline)
;; expect: ok

;; The template's `list` is the global one even when the user shadows it locally.
(define-syntax make-pair-list
  (syntax-rules ()
    ((_ a b) (list a b))))
(write (let ((list vector)) (make-pair-list 1 2))) (newline)
;; expect: (1 2)

;; Loop variable introduced by the macro is invisible to the body.
(define-syntax repeat
  (syntax-rules ()
    ((_ n body ...) (let loop ((i 0)) (when (< i n) body ... (loop (+ i 1)))))))
(define i 100)
(define acc '())
(repeat 3 (set! acc (cons i acc)))
(write acc) (newline)
;; expect: (100 100 100)

;; Local macros with let-syntax and letrec-syntax.
(write (let-syntax ((foo (syntax-rules () ((_ x) (* x 2)))))
         (foo 21)))
(newline)
;; expect: 42
(write (letrec-syntax ((ev? (syntax-rules () ((_ n) (if (= n 0) #t (od? (- n 1))))))
                       (od? (syntax-rules () ((_ n) (if (= n 0) #f #t)))))
         (list (ev? 0) (ev? 1))))
(newline)
;; expect: (#t #f)

;; let-syntax shadows an outer macro only inside its body.
(define-syntax tag (syntax-rules () ((_) 'outer)))
(write (list (tag) (let-syntax ((tag (syntax-rules () ((_) 'inner)))) (tag)) (tag))) (newline)
;; expect: (outer inner outer)

;; Macro-defining macro keeps names apart.
(define-syntax define-getter
  (syntax-rules ()
    ((_ name val) (define (name) val))))
(define-getter get-five 5)
(write (get-five)) (newline)
;; expect: 5
