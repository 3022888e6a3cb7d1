;; number->string and string->number in radixes 2, 8, 16 and 36, exactness prefixes, and invalid inputs.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (number->string 255 16) (number->string 255 2) (number->string -255 8) (number->string 35 36))
;; expect: "ff" "11111111" "-377" "z"
(show (number->string 1/3 2) (number->string 0))
;; expect: "1/11" "0"
(show (string->number "ff" 16) (string->number "#xff") (string->number "#b-101") (string->number "#o17")
      (string->number "#d99") (string->number "Zz" 36))
;; expect: 255 255 -5 15 99 1295
(show (string->number "#e1.5") (string->number "#i3/4") (string->number "#x#e10") (string->number "#e#x10"))
;; expect: 3/2 0.75 16 16
(show (string->number "1/2") (string->number "#xA/C") (string->number "-0") (string->number "+5"))
;; expect: 1/2 5/6 0 5
(show (string->number "") (string->number "abc") (string->number "1/0") (string->number "--1")
      (string->number "1.2.3") (string->number "12" 2) (string->number "#b2"))
;; expect: #f #f #f #f #f #f #f
(show (string->number "1e2") (string->number "#e1e2") (string->number "1E2"))
;; expect: 100.0 100 100.0
(show (exact->inexact 12345678901234567890))
;; expect: 1.2345678901234567e19
(show (number->string (- (expt 2 64)) 16) (string->number "-10000000000000000" 16))
;; expect: "-10000000000000000" -18446744073709551616
