;; What cannot be serialized or deserialized gives a Scheme error that says why.
(define (message thunk)
  (guard (e ((error-object? e) (error-object-message e))) (thunk) 'no-error))
(define (contains? s part)
  (let loop ((i 0))
    (cond ((> (+ i (string-length part)) (string-length s)) #f)
          ((string=? (substring s i (+ i (string-length part))) part) #t)
          (else (loop (+ i 1))))))

;; values with no meaning elsewhere, unless an encoder replaces them
(write (message (lambda () (object->u8vector (list 1 (current-output-port)))))) (newline)
;; expect: "object->u8vector: cannot serialize a port:"
(write (message (lambda () (object->u8vector (open-input-string "text"))))) (newline)
;; expect: "object->u8vector: cannot serialize a port:"

;; bytes that are not a serialized object
(write (contains? (message (lambda () (u8vector->object (bytevector 1 2 3 4 5)))) "not a serialized object")) (newline)
;; expect: #t
(write (contains? (message (lambda () (u8vector->object (bytevector)))) "not a serialized object")) (newline)
;; expect: #t
(define good (object->u8vector (list "some" 'data 42)))
(write (contains? (message (lambda () (u8vector->object (bytevector-copy good 0 (- (bytevector-length good) 1)))))
                  "truncated"))
(newline)
;; expect: #t
(write (message (lambda () (u8vector->object 'not-bytes)))) (newline)
;; expect: "u8vector->object: expected a bytevector, got"

;; code this program does not have is refused by name and module
(define (text s) (cons (string-length s) (map char->integer (string->list s))))
(define ghost
  (apply bytevector
         (append '(215 3 2) (text "scm.shop.make_cart_L12C3") (text "make-cart")
                 '(0 0 0 0 0 0 0 0) '(0 0 0 0 0 0 0 0))))
(write (message (lambda () (u8vector->object ghost)))) (newline)
;; expect: "u8vector->object: this program has no procedure make-cart (make_cart_L12C3) of module shop"

;; a different version of the code (another code hash, the 8 bytes before the module's) is refused too
(define (make-adder n) (lambda (x) (+ x n)))
(define adder (object->u8vector (make-adder 5)))
(define tampered (bytevector-copy adder))
(define at (- (bytevector-length tampered) 11))
(bytevector-u8-set! tampered at (modulo (+ 1 (bytevector-u8-ref tampered at)) 256))
(define why (message (lambda () (u8vector->object tampered))))
(write (list (contains? why "procedure lambda") (contains? why "of module errors")
             (contains? why "differs from the version that was serialized")))
(newline)
;; expect: (#t #t #t)
;; the untouched bytes still work
(write ((u8vector->object adder) 1)) (newline)
;; expect: 6
