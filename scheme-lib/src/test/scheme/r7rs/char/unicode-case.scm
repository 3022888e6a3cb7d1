;; (scheme char) over all of Unicode: full case mappings that change a string's length, the final sigma,
;; folding for the -ci comparisons, and digit-value in other scripts.
(import (scheme base) (scheme char) (scheme write))
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (string-upcase "straße") (string-upcase "ﬁx") (string-downcase "ΧΑΟΣ ΟΔΟΣ") (string-foldcase "Straße"))
;; expect: "STRASSE" "FIX" "χαος οδος" "strasse"
(show (string-ci=? "Straße" "STRASSE") (string-ci=? "ΧΑΟΣ" "χαος") (string-ci<? "apple" "BANANA"))
;; expect: #t #t #t
;; Characters map one to one: ß has no single-character upper case.
(show (char-upcase #\ß) (char-foldcase #\ς) (char-foldcase #\Σ) (char-downcase #\x130) (char-upcase #\ǆ))
;; expect: #\ß #\σ #\σ #\i #\Ǆ
(show (digit-value #\x0AE6) (digit-value #\xFF19) (digit-value #\x1D7CE) (digit-value #\x2163) (digit-value #\x))
;; expect: 0 9 0 #f #f
(show (char-numeric? #\x0664) (char-alphabetic? #\x1C5) (char-upper-case? #\x1C5) (char-whitespace? #\x3000))
;; expect: #t #t #f #t
