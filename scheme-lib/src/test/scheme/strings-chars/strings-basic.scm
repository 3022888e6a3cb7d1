;; String construction, access, mutation, comparison and conversion procedures of (scheme base).
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (make-string 3 #\x) (string #\a #\b) (string) (string-length "hello") (string-ref "hello" 1))
;; expect: "xxx" "ab" "" 5 #\e
(define s (make-string 5 #\-))
(string-set! s 0 #\a)
(string-fill! s #\z 3)
(show s)
;; expect: "a--zz"
(string-fill! s #\q 1 2)
(show s)
;; expect: "aq-zz"
(show (substring "hello world" 6 11) (string-append "a" "" "bc" "d") (string-append))
;; expect: "world" "abcd" ""
(show (string-copy "hello" 1) (string-copy "hello" 1 3) (string->list "abc") (string->list "abcdef" 2 4))
;; expect: "ello" "el" (#\a #\b #\c) (#\c #\d)
(define dst (make-string 6 #\.))
(string-copy! dst 1 "abcd" 1 3)
(show dst)
;; expect: ".bc..."
;; Overlapping copy within the same string works in both directions.
(define ov (string-copy "abcdef"))
(string-copy! ov 2 ov 0 4)
(show ov)
;; expect: "ababcd"
(define ov2 (string-copy "abcdef"))
(string-copy! ov2 0 ov2 2 6)
(show ov2)
;; expect: "cdefef"
(show (list->string (list #\x #\y)) (string->symbol "sym") (symbol->string 'abc) (string->vector "ab") (vector->string #(#\c #\d)))
;; expect: "xy" sym "abc" #(#\a #\b) "cd"
(show (string=? "abc" "abc" "abc") (string<? "abc" "abd") (string<? "ab" "abc") (string>? "b" "abc") (string<=? "a" "a" "b") (string>=? "b" "c"))
;; expect: #t #t #t #t #t #f
(show (string-ci=? "HeLLo" "hello") (string-ci<? "apple" "BANANA") (string-upcase "straße") (string-downcase "ÀB") (string-foldcase "ABC"))
;; expect: #t #t "STRASSE" "àb" "abc"
(show (number->string 42) (string->number "42") (string-map char-upcase "abc") (string-map (lambda (a b) (if (char<? a b) a b)) "adcz" "bbbb"))
;; expect: "42" 42 "ABC" "abbb"
(define count 0)
(string-for-each (lambda (c) (set! count (+ count (char->integer c)))) "AB")
(show count)
;; expect: 131
;; Literal strings are distinct from copies, and string-copy gives a fresh mutable string.
(define lit "const")
(define cp (string-copy lit))
(string-set! cp 0 #\C)
(show lit cp (eq? lit cp) (equal? "abc" (string #\a #\b #\c)))
;; expect: "const" "Const" #f #t
(show (guard (e ((error-object? e) 'range-error)) (string-ref "abc" 3)))
;; expect: range-error
(show (guard (e ((error-object? e) 'range-error)) (substring "abc" 2 1)))
;; expect: range-error
