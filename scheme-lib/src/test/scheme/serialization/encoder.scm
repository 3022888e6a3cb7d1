;; The optional encoder is asked about every value met while serializing and its answer is written instead;
;; the optional decoder is asked about every value read and its answer takes the value's place. So a value
;; with no meaning elsewhere, like a port, can travel as a placeholder.

;; the presentation's pprinter: a closure over a port
(define (pprinter port) (lambda (x) (write x port) (newline port)))
(define (encode obj)
  (object->u8vector obj (lambda (x) (if (output-port? x) 'stdout-placeholder x))))
(define (decode bytes)
  (u8vector->object bytes (lambda (x) (if (eq? x 'stdout-placeholder) (current-output-port) x))))
(define bytes (encode (pprinter (current-output-port))))
((decode bytes) '(a b c))
;; expect: (a b c)
(write (< (u8vector-length bytes) 200)) (newline)
;; expect: #t

;; asked once about each object: three pairs, three numbers and the empty list
(define asked '())
(define (spy x) (set! asked (cons x asked)) x)
(object->u8vector (list 1 2 3) spy)
(write (length asked)) (newline)
;; expect: 7

;; a shared object is asked about once, and its replacement stays shared
(define shared (list 'data))
(set! asked '())
(define pair-bytes (object->u8vector (cons shared shared) (lambda (x) (spy x) (if (eq? x shared) (vector 'replaced) x))))
(write (length (filter (lambda (x) (eq? x shared)) asked))) (newline)
;; expect: 1
(define copy (u8vector->object pair-bytes))
(write (list copy (eq? (car copy) (cdr copy)))) (newline)
;; expect: ((#(replaced) . #(replaced)) #t)

;; the decoder sees each value once, the parts of a value before the value itself
(define seen '())
(u8vector->object (object->u8vector '((inner) outer)) (lambda (x) (set! seen (cons x seen)) x))
(write (reverse (filter pair? seen))) (newline)
;; expect: ((outer) (inner) ((inner) outer))

;; strings out as symbols, back as strings
(define words (u8vector->object (object->u8vector (list "a" (vector "b")) (lambda (x) (if (string? x) (string->symbol x) x)))
                                (lambda (x) (if (symbol? x) (symbol->string x) x))))
(write words) (newline)
;; expect: ("a" #("b"))

;; an encoder may serialize too
(define nested
  (object->u8vector (list 1 car)
                    (lambda (x) (if (procedure? x) (list 'serialized (object->u8vector x)) x))))
(define unpacked
  (u8vector->object nested
                    (lambda (x) (if (and (pair? x) (eq? (car x) 'serialized)) (u8vector->object (cadr x)) x))))
(write ((cadr unpacked) '(first second))) (newline)
;; expect: first
