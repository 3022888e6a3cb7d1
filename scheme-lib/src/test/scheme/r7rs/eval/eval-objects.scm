;; An expression given to eval may contain any object, not only data that can be written: procedures,
;; records, ports. They are used as they are (the same object, not a copy).
(import (scheme base) (scheme write) (scheme eval))
(define (twice x) (* 2 x))
(write (eval (list twice 21) (environment '(scheme base)))) (newline)
;; expect: 42
(define-record-type box (make-box v) box? (v box-v))
(define b (make-box 'inside))
(write (eval `(box-v ',b) (interaction-environment))) (newline)
;; expect: inside
(write (eq? b (eval `(quote ,b) (environment '(scheme base))))) (newline)
;; expect: #t
(define out (open-output-string))
(eval `(,write-string "to the port" ,out) (environment '(scheme base)))
(write (get-output-string out)) (newline)
;; expect: "to the port"
(write (eval `(map ,car '((1) (2))) (environment '(scheme base)))) (newline)
;; expect: (1 2)
