;; Gambit's namespaced names: termite#name and ##name are our name.
(display (##car '(1 2))) (newline)
;; expect: 1
(display (termite#pid? (termite#self))) (newline)
;; expect: #t
(define me (termite#self))
(termite#! me 'hello)
(display (termite#? 1)) (newline)
;; expect: hello
(display (map ##cadr '((1 2) (3 4)))) (newline)
;; expect: (2 4)
(define p (termite#spawn (lambda () (termite#! me 'from-spawn))))
(display (?)) (newline)
;; expect: from-spawn
(##declare (standard-bindings))
(##namespace ("termite#"))
(display (##length '(a b c))) (newline)
;; expect: 3
