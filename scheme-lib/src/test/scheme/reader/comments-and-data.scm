;; Reader: block comments (nested), datum comments, line comments, #; before a list element, directives.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
#| a block comment
   #| nested |# still inside |#
(show '(1 #;2 3) '(#;(a b) c) '(x #| inline |# y) (+ 1 #;(error "skipped") 2))
;; expect: (1 3) (c) (x y) 3
(show '(a #;#;b c d))
;; expect: (a d)
(show '(1 . 2) '(1 . (2)) '#(a #(b)) '() '#() '#u8(1 2))
;; expect: (1 . 2) (1 2) #(a #(b)) () #() #u8(1 2)
(show '[1 2] (let ([a 1]) a))
;; expect: (1 2) 1
(show 'Hello '|sym with space| (symbol->string '|a\x41;b|) '|| (eq? 'abc 'ABC))
;; expect: Hello |sym with space| "aAb" || #f
#!fold-case
(show (eq? 'abc 'ABC) 'MixedCase)
;; expect: #t mixedcase
#!no-fold-case
(show (eq? 'abc 'ABC))
;; expect: #f
(show '#t '#true '#f '#false (quote #\a))
;; expect: #t #t #f #f #\a
(show (car ''a) (cadr '`b) (car '(unquote c)) '(unquote-splicing d))
;; expect: quote b unquote ,@d
(show '(a . (b . (c))) '(#t . #f) (vector-ref #(1 2) 0))
;; expect: (a b c) (#t . #f) 1
