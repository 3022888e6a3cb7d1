;; Binary ports over bytevectors: read-u8, peek-u8, read-bytevector(!), write-u8, write-bytevector.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define in (open-input-bytevector #u8(1 2 3 4 5 6)))
(show (peek-u8 in) (read-u8 in) (read-bytevector 2 in) (u8-ready? in))
;; expect: 1 1 #u8(2 3) #t
(define buf (make-bytevector 5 0))
(show (read-bytevector! buf in 1) buf (read-u8 in) (eof-object? (peek-u8 in)) (read-bytevector 3 in))
;; expect: 3 #u8(0 4 5 6 0) #!eof #t #!eof
(define out (open-output-bytevector))
(write-u8 65 out)
(write-bytevector #u8(66 67 68) out)
(write-bytevector #u8(1 2 3 4) out 2 4)
(show (get-output-bytevector out) (binary-port? out) (textual-port? out))
;; expect: #u8(65 66 67 68 3 4) #t #f
(show (guard (e (#t 'type-error)) (read-char (open-input-bytevector #u8(65)))))
;; expect: type-error
