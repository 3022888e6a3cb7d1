;; SRFI 28 format, with Gambit's destination-first form too, and pp (pretty-print), which breaks long lists
;; over lines.
(write (format "~a and ~s~%" "text" "text")) (newline)
;; expect: "text and \"text\"\n"
(write (list (format #f "~a=~s" 'x 1.5) (format "~~~b ~o ~x ~d" 5 8 255 42))) (newline)
;; expect: ("x=1.5" "~101 10 ff 42")
(format #t "to the current port: ~a~%" '(1 2))
;; expect: to the current port: (1 2)
(define out (open-output-string))
(format out "~s" #\a)
(write (get-output-string out)) (newline)
;; expect: "#\\a"
(write (guard (e (#t (error-object-message e))) (format "~a ~a" 1))) (newline)
;; expect: "format: no argument left for directive"
(write (guard (e (#t (error-object-message e))) (format "~q" 1))) (newline)
;; expect: "format: unknown directive"
(pp '(define (f x) (if (> x 0) (* x 2) (- x))))
;; expect: (define (f x) (if (> x 0) (* x 2) (- x)))
(pp '(define (long-procedure-name argument-one argument-two) (let ((total (+ argument-one argument-two))) (display total) (newline) total)))
;; expect: (define (long-procedure-name argument-one argument-two)
;; expect:   (let ((total (+ argument-one argument-two))) (display total) (newline) total))
(pp '(let loop ((remaining-items (list 'first-item 'second-item 'third-item)) (accumulated-results '())) (if (null? remaining-items) (reverse accumulated-results) (loop (cdr remaining-items) (cons (car remaining-items) accumulated-results)))))
;; expect: (let loop
;; expect:   ((remaining-items (list 'first-item 'second-item 'third-item))
;; expect:    (accumulated-results '()))
;; expect:   (if (null? remaining-items)
;; expect:     (reverse accumulated-results)
;; expect:     (loop (cdr remaining-items)
;; expect:       (cons (car remaining-items) accumulated-results))))
(pretty-print "strings are written" (current-output-port))
;; expect: "strings are written"
