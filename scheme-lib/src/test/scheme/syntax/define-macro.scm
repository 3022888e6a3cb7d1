;; Gambit's non-hygienic define-macro: procedures from forms to forms, run at expansion time.
(define-macro (unless2 c . body)
  `(if ,c #f (begin ,@body)))
(write (unless2 #f 1 2 3)) (newline)
;; expect: 3

(define-macro (my-inc! v . n)
  (let ((amount (if (null? n) 1 (car n))))
    `(set! ,v (+ ,v ,amount))))
(define counter 10)
(my-inc! counter)
(my-inc! counter 5)
(write counter) (newline)
;; expect: 16

;; Arbitrary computation at expansion time.
(define-macro (const-fact n)
  (let loop ((i n) (acc 1)) (if (= i 0) acc (loop (- i 1) (* acc i)))))
(write (const-fact 20)) (newline)
;; expect: 2432902008176640000

;; Intentional capture: the anaphoric `it`.
(define-macro (aif c then else)
  `(let ((it ,c)) (if it ,then ,else)))
(write (aif (assq 'b '((a . 1) (b . 2))) (cdr it) 'none)) (newline)
;; expect: 2

;; A macro expanding into a definition and one using another macro.
(define-macro (defconst name val) `(define ,name ,val))
(defconst pi-ish 314)
(write pi-ish) (newline)
;; expect: 314
(define-macro (twice e) `(begin ,e ,e))
(define n 0)
(twice (my-inc! n))
(write n) (newline)
;; expect: 2
