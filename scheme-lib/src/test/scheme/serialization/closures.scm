;; Procedures travel as code plus captured values: a closure is its code's stable ID and hash plus its free
;; values; globals are not copied but found by name where the copy runs; primitives, record procedures,
;; case-lambda and parameters travel by what they are made from.
(define (rt x) (u8vector->object (object->u8vector x)))

(define (make-adder n) (lambda (x) (+ x n)))
(define add5 (rt (make-adder 5)))
(write (list (add5 10) (procedure? add5))) (newline)
;; expect: (15 #t)

;; assigned variables: the copy has its own state, and closures that shared a variable still share it
(define (make-account balance)
  (list (lambda (n) (set! balance (+ balance n)) balance)
        (lambda () balance)))
(define acct (make-account 100))
((car acct) 10)
(define acct2 (rt acct))
((car acct2) 1)
(write (list ((cadr acct)) ((cadr acct2)))) (newline)
;; expect: (110 111)

;; mutually recursive local procedures (a cycle through their free values)
(define (parity-checkers)
  (letrec ((ev? (lambda (n) (if (= n 0) #t (od? (- n 1)))))
           (od? (lambda (n) (if (= n 0) #f (ev? (- n 1))))))
    (cons ev? od?)))
(define pc (rt (parity-checkers)))
(write (list ((car pc) 10) ((cdr pc) 7) ((car pc) 7))) (newline)
;; expect: (#t #t #f)

;; a global is looked up where the copy runs, not copied with it
(define greeting "hello")
(define (greeter) (lambda (who) (string-append greeting ", " who)))
(define g (rt (greeter)))
(set! greeting "bonjour")
(write (g "monde")) (newline)
;; expect: "bonjour, monde"

;; primitives and the program's own top-level procedures
(write (list ((rt car) '(a b)) ((rt make-adder) 1) (eq? car (rt car)))) (newline)
;; expect: (a #<procedure lambda> #t)
(write (((rt make-adder) 1) 2)) (newline)
;; expect: 3
(write ((rt map) (rt (make-adder 1)) '(1 2 3))) (newline)
;; expect: (2 3 4)

;; record constructors, predicates, accessors and modifiers
(define-record-type <node> (make-node value next) node? (value node-value) (next node-next set-node-next!))
(define procs (rt (list make-node node? node-value set-node-next!)))
(define n ((car procs) 1 '()))
((cadddr procs) n 'end)
(write (list ((cadr procs) n) ((caddr procs) n) (node-next n) (node? n))) (newline)
;; expect: (#t 1 end #t)

;; case-lambda keeps every clause
(define area (case-lambda ((r) (* 3 r r)) ((w h) (* w h))))
(define area2 (rt area))
(write (list (area2 2) (area2 2 5))) (newline)
;; expect: (12 10)

;; a closure over a record, a vector and a string keeps them
(define (make-describer p)
  (let ((names (vector "x" "y")))
    (lambda () (list (vector-ref names 0) (node-value p)))))
(write ((rt (make-describer (make-node 'v '())))) ) (newline)
;; expect: ("x" v)

;; parameters: a global one is the receiver's own, another is copied with its value
(define width (make-parameter 80))
(define params (rt (list current-output-port (make-parameter 7))))
(write (list (eq? (car params) current-output-port) ((cadr params)))) (newline)
;; expect: (#t 7)

;; a generator in the middle of a walk: the copy goes on from where it was, apart from the original
(define (make-generator lst)
  (define return #f)
  (define (walk ignored)
    (for-each (lambda (x) (call/cc (lambda (k) (set! walk k) (return x)))) lst)
    (return 'done))
  (lambda () (call/cc (lambda (r) (set! return r) (walk #f)))))
(define gen (make-generator '(a b c d)))
(gen)
(gen)
(define gen2 (rt gen))
(write (list (gen2) (gen2) (gen) (gen2) (gen))) (newline)
;; expect: (c d c done d)
