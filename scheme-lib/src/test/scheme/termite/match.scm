;; Termite's match and match/action: recv's patterns applied to a value.
(display (match '(1 2 3) ((a b) 'two) ((a b c) (where (odd? a)) (list c b a)))) (newline)
;; expect: (3 2 1)
(display (match '(add 1 2) (('sub x y) (- x y)) (('add x y) (+ x y)))) (newline)
;; expect: 3
(display (match (vector 1 (list 2 3)) (#(a (b . rest)) (list a b rest)))) (newline)
;; expect: (1 2 (3))
(define k 5)
(display (match 5 (,k 'same) (_ 'other))) (newline)
;; expect: same
(display (match '(x x) ((a a) 'twice) (_ 'no))) (newline)
;; expect: twice
(display (match "s" ((? x) x) ("s" 'string))) (newline)
;; expect: string
;; no clause matches: Termite raises (bad-match: value)
(display (with-exception-catcher (lambda (e) e) (lambda () (match 5 ((x) x))))) (newline)
;; expect: (bad-match: 5)
(display (match/action (display "[matched]") 'failed 7 ((x) x) (x (* x 2)))) (newline)
;; expect: [matched]14
(display (match/action (display "[matched]") 'failed 7 ((x) x))) (newline)
;; expect: failed
