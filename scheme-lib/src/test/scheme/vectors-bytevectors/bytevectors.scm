;; Bytevectors (u8vector in Gambit): construction, access, copy, append, utf8 conversion and range errors.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show (make-bytevector 3 7) (bytevector 1 2 255) (bytevector) (bytevector-length #u8(1 2 3)) (bytevector-u8-ref #u8(9 8) 1))
;; expect: #u8(7 7 7) #u8(1 2 255) #u8() 3 8
(define b (bytevector 1 2 3 4 5))
(bytevector-u8-set! b 0 200)
(show b (bytevector-copy b 2) (bytevector-copy b 1 3) (bytevector-append #u8(1) #u8() #u8(2 3)))
;; expect: #u8(200 2 3 4 5) #u8(3 4 5) #u8(2 3) #u8(1 2 3)
(define c (bytevector 1 2 3 4 5))
(bytevector-copy! c 1 c 0 3)
(show c)
;; expect: #u8(1 1 2 3 5)
(define d (make-bytevector 4 0))
(bytevector-copy! d 2 #u8(9 8 7) 1)
(show d)
;; expect: #u8(0 0 8 7)
(show (utf8->string #u8(104 105 33)) (string->utf8 "abc") (string->utf8 "abcde" 1 3) (utf8->string #u8(97 98 99 100) 2))
;; expect: "hi!" #u8(97 98 99) #u8(98 99) "cd"
(show (bytevector? #u8()) (bytevector? #(1)) (equal? #u8(1 2) (bytevector 1 2)) (eqv? (bytevector) (bytevector)))
;; expect: #t #f #t #f
(show (u8vector 1 2) (u8vector? (u8vector)) (u8vector-ref (u8vector 5 6) 1) (u8vector-length (make-u8vector 4 0)))
;; expect: #u8(1 2) #t 6 4
(show (guard (e ((error-object? e) 'range)) (bytevector-u8-set! (bytevector 1) 0 256)))
;; expect: range
(show (guard (e ((error-object? e) 'range)) (bytevector-u8-ref #u8(1) 1)))
;; expect: range
(show (guard (e ((error-object? e) 'range)) (bytevector 1 -1)))
;; expect: range
