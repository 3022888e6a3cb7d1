;; File ports: write a file, read it back by lines, characters and data, append mode through with-output-to-file.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define path "termite-file-ports-test.tmp")
(when (file-exists? path) (delete-file path))
(call-with-output-file path
  (lambda (p) (write '(data 1 "two") p) (newline p) (display "line two" p) (newline p)))
(show (file-exists? path))
;; expect: #t
(call-with-input-file path
  (lambda (p) (show (read p) (read-char p) (read-line p) (read-line p))))
;; expect: (data 1 "two") #\newline "line two" #!eof
(with-output-to-file path (lambda () (display "replaced") (newline)))
(show (with-input-from-file path read-line))
;; expect: "replaced"
(define p (open-input-file path))
(show (read-string 3 p))
(close-input-port p)
;; expect: "rep"
(define bp (open-binary-output-file path))
(write-bytevector #u8(0 255 10) bp)
(close-output-port bp)
(define bi (open-binary-input-file path))
(show (read-bytevector 10 bi))
(close-port bi)
;; expect: #u8(0 255 10)
;; UTF-8 text round trip.
(call-with-output-file path (lambda (p) (write-string "λ😀é" p)))
(show (call-with-input-file path (lambda (p) (list (read-char p) (read-char p) (read-char p) (read-char p)))))
;; expect: (#\λ #\😀 #\é #!eof)
(delete-file path)
(show (file-exists? path))
;; expect: #f
(show (guard (e ((file-error? e) 'file-error)) (delete-file path)))
;; expect: file-error
