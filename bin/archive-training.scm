;;; The program whose run makes the class-data archive of ./termite and ./termitec (see bin/launch.sh): the
;;; classes it loads are loaded from the archive afterwards. It touches what most short programs do: the
;;; compiler on a few forms of each kind, output, strings, lists, vectors, tables, records, errors,
;;; continuations and processes. It prints nothing.

(define-record-type point (make-point x y) point? (x point-x) (y point-y))

(define (sum-to n) (let loop ((i 0) (s 0)) (if (> i n) s (loop (+ i 1) (+ s i)))))

(define table (make-table))
(table-set! table "key" (list 1 2.5 'sym #\c (make-point 1 2)))

(define text
  (call-with-output-string
    (lambda (port)
      (write (list (sum-to 100) (vector-map (lambda (x) (* x x)) #(1 2 3)) (table-ref table "key" #f)
                   (string-append "a" (number->string 3/4)) (exact->inexact 1/3) (expt 2 100))
             port))))

(define caught
  (guard (e ((error-object? e) (error-object-message e)))
    (error "training" text)))

(define escaped (call-with-current-continuation (lambda (k) (for-each (lambda (x) (when (> x 1) (k x))) '(1 2 3)))))

(define (echo) (recv ((from msg) (! from (list 'echo msg)) (echo)) ('stop 'done)))

(let ((p (spawn (echo))))
  (! p (list (self) (string-length caught)))
  (recv (('echo n) n) (after 5 #f))
  (! p 'stop))

(with-output-to-string (lambda () (display escaped) (newline)))
