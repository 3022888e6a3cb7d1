;; load compiles a file's forms and runs them in order, in the interaction environment or the one given.
;; A relative file name is relative to the current directory, so the program writes the file it loads.
(import (scheme base) (scheme write) (scheme file) (scheme load) (scheme eval) (scheme repl))
(define file "termite-load-test.tmp.scm")
(with-output-to-file file
  (lambda ()
    (write '(define loaded-square (lambda (x) (* x x))))
    (write '(define-syntax twice (syntax-rules () ((_ e) (begin e e)))))
    (write '(display "loading"))
    (write '(newline))))
(load file)
;; expect: loading
(write (loaded-square 12)) (newline)
;; expect: 144
;; The program itself was compiled before the file was loaded, so it sees the macro only through eval.
(define hits 0)
(eval '(twice (set! hits (+ hits 1))) (interaction-environment))
(write hits) (newline)
;; expect: 2
(load file (environment '(scheme base) '(scheme write)))
;; expect: loading
;; A missing file is a file error; a file with bad syntax is an error too.
(write (guard (e ((file-error? e) 'file-error)) (load "no-such-file-to-load.scm"))) (newline)
;; expect: file-error
(with-output-to-file file (lambda () (display "(define broken")))
(write (guard (e ((error-object? e) 'read-error)) (load file))) (newline)
;; expect: read-error
(delete-file file)
