;; Strings are sequences of Unicode scalar values: non-BMP characters count as one character.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define s "a😀b")
(show (string-length s) (string-ref s 1) (string-ref s 2) (substring s 1 2))
;; expect: 3 #\😀 #\b "😀"
(show (string->list "λ😀") (list->string (list #\x1F600 #\a)) (string-length (make-string 2 #\x1F600)))
;; expect: (#\λ #\😀) "😀a" 2
(define m (string-copy "abc"))
(string-set! m 1 #\x1F600)
(show m (string-length m))
;; expect: "a😀c" 3
(show (string->utf8 "é😀") (utf8->string (bytevector #xCE #xBB #x61)))
;; expect: #u8(195 169 240 159 152 128) "λa"
(show (string<? "z" "λ") (string-upcase "λx") (reverse (string->list "a😀")))
;; expect: #t "ΛX" (#\😀 #\a)
(display "héllo 😀") (newline)
;; expect: héllo 😀
(show (string-append "😀" "λ") (string-copy "a😀b" 1))
;; expect: "😀λ" "😀b"
