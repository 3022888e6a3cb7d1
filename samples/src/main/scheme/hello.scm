;; A first program: closures, tail calls, first-class continuations.
(define (greet name) (string-append "Hello, " name "!"))
(display (greet "Termite")) (newline)

;; A named let is a loop: tail calls do not grow the stack.
(define (sum-to n) (let loop ((i 0) (acc 0)) (if (> i n) acc (loop (+ i 1) (+ acc i)))))
(display (sum-to 1000000)) (newline)

;; Non-tail recursion a million deep: the stack moves to the heap as needed.
(define (depth n) (if (= n 0) 0 (+ 1 (depth (- n 1)))))
(display (depth 1000000)) (newline)

;; A generator built from a re-entered continuation.
(define (make-generator items)
  (define return #f)
  (define resume #f)
  (lambda ()
    (call/cc
     (lambda (r)
       (set! return r)
       (if resume
           (resume #f)
           (begin
             (for-each (lambda (x) (call/cc (lambda (k) (set! resume k) (return x)))) items)
             (return 'done)))))))
(define next (make-generator '(a b c)))
(display (list (next) (next) (next) (next))) (newline)
