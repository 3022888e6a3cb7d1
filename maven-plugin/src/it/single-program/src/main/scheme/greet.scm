;; Greets everyone named on the command line, using a record, a closure and a continuation.
(define-record-type greeting (make-greeting word) greeting? (word greeting-word))

(define (greeter g) (lambda (name) (string-append (greeting-word g) ", " name "!")))

(define hello (greeter (make-greeting "Hello")))

(define (first-long names)
  (call/cc (lambda (return)
             (for-each (lambda (n) (if (> (string-length n) 5) (return n))) names)
             #f)))

(define names (cdr (command-line)))
(for-each (lambda (n) (display (hello n)) (newline)) names)
(display (list 'first-long (first-long names))) (newline)
(exit (length names))
