;; Characters: names, predicates, case mapping, digit-value and integer conversion, including non-ASCII.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show #\a #\space #\newline #\tab #\nul #\x41 #\delete #\alarm #\backspace #\escape #\return #\null)
;; expect: #\a #\space #\newline #\tab #\null #\A #\delete #\alarm #\backspace #\escape #\return #\null
(show (char->integer #\A) (integer->char 955) (char->integer #\x3bb) (integer->char 128512))
;; expect: 65 #\λ 955 #\😀
(show (char-upcase #\a) (char-downcase #\Ä) (char-upcase #\ß) (char-foldcase #\Σ) (char-upcase #\1))
;; expect: #\A #\ä #\ß #\σ #\1
(show (char-alphabetic? #\a) (char-alphabetic? #\λ) (char-alphabetic? #\1) (char-numeric? #\7) (char-numeric? #\a))
;; expect: #t #t #f #t #f
(show (char-whitespace? #\space) (char-whitespace? #\tab) (char-whitespace? #\newline) (char-whitespace? #\a))
;; expect: #t #t #t #f
(show (char-upper-case? #\A) (char-upper-case? #\a) (char-lower-case? #\a) (char-lower-case? #\1))
;; expect: #t #f #t #f
(show (digit-value #\7) (digit-value #\a) (digit-value #\x0664))
;; expect: 7 #f 4
(show (char=? #\a #\a #\a) (char<? #\a #\b #\c) (char<? #\a #\c #\b) (char>=? #\b #\b #\a) (char-ci=? #\a #\A))
;; expect: #t #t #f #t #t
(show (char-ci<? #\a #\B) (char<? #\a #\B))
;; expect: #t #f
(display #\a) (display #\space) (display #\λ) (newline)
;; expect: a λ
(show (string #\x7f) (char->integer #\x10FFFF))
;; expect: "\x7f;" 1114111
