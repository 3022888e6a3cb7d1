;; Serialized closures are small: the code's stable ID, its hash and its module version's, plus the free
;; values, never the globals.
(define (make-adder n) (lambda (x) (+ x n)))
(define adder-bytes (object->u8vector (make-adder 5)))
(write (list (< (u8vector-length adder-bytes) 200) (u8vector-length adder-bytes))) (newline)
;; expect: (#t 51)

;; the presentation's pprinter, its port replaced by the encoder (Gambit: 4,359 bytes)
(define (pprinter port) (lambda (x) (write x port) (newline port)))
(define pp-bytes
  (object->u8vector (pprinter (current-output-port)) (lambda (x) (if (output-port? x) 'stdout x))))
(write (u8vector-length pp-bytes)) (newline)
;; expect: 58

;; a second closure of the same code costs only its free values
(define two (object->u8vector (list (make-adder 1) (make-adder 2))))
(write (- (u8vector-length two) (u8vector-length adder-bytes))) (newline)
;; expect: 7

;; small data stays small
(write (map (lambda (x) (u8vector-length (object->u8vector x))) (list 7 'abc "abc" '(1 2 3) (vector 1 2 3))))
(newline)
;; expect: (4 8 7 12 10)
