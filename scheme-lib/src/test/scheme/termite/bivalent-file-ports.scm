;; File ports are bivalent as in Gambit: bytes and text on a port from open-output-file or
;; call-with-output-file, bytes from open-input-file; Gambit's settings list (path: append:).
(define f "/tmp/termite-bivalent-test.bin")
(call-with-output-file f
  (lambda (port)
    (write-u8 65 port)
    (display "BC" port)
    (write-bytevector (bytevector 68 10) port)))
(display (call-with-input-file f read-line)) (newline)
;; expect: ABCD
(define in (open-input-file f))
(display (list (read-u8 in) (read-bytevector 2 in) (peek-u8 in))) (newline)
(close-port in)
;; expect: (65 #u8(66 67) 68)

;; a serialized object written to a file and read back, as Termite programs do
(define out (open-output-file f))
(define bytes (object->u8vector (list 'point 1 2)))
(write-bytevector bytes out)
(close-port out)
(define in2 (open-input-file f))
(display (u8vector->object (read-bytevector (u8vector-length bytes) in2))) (newline)
;; expect: (point 1 2)

(define log (open-output-file (list path: f append: #t)))
(display "more" log)
(close-port log)
(define out3 (open-output-file (list path: f append: #t)))
(display "!" out3)
(close-port out3)
(display (string-length (call-with-input-file f (lambda (p) (read-string 1000 p))))) (newline)
;; expect: 23
(delete-file f)
(display (with-exception-catcher error-object-message (lambda () (open-output-file (list append: #t))))) (newline)
;; expect: open-output-file: settings without path:
