;; Symbols: interning, conversion, case sensitivity, generated symbols and keywords.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (eq? (string->symbol "abc") 'abc) (symbol->string 'Hello) (symbol? 'a) (symbol? "a") (symbol? (string->symbol "")))
;; expect: #t "Hello" #t #f #t
(define s (string #\a #\b))
(define sym (string->symbol s))
(string-set! s 0 #\z)
(show sym (eq? sym 'ab))
;; expect: ab #t
;; symbol->string of a literal symbol is immutable in R7RS, so use a copy to modify.
(define name (string-copy (symbol->string 'xyz)))
(string-set! name 0 #\X)
(show name 'xyz)
;; expect: "Xyz" xyz
(define g1 (gensym))
(define g2 (gensym))
(show (symbol? g1) (eq? g1 g2))
;; expect: #t #f
(show (string->symbol "has space") (string->symbol "A") (symbol->string '|odd sym|))
;; expect: |has space| A "odd sym"
(show (keyword? 'foo:) (keyword? foo:) (keyword->string foo:) (string->keyword "bar"))
;; expect: #t #t "foo" bar:
