;; spawn in both forms, self, !, ?, process predicates, names, tags, parameters.
(define me (self))
(write (list (process? me) (process? 5) (process? (make-tag)))) (newline)
;; expect: (#t #f #f)

;; a body, and a body whose value is a thunk
(define p (spawn (! me (list 'child (self)))))
(display (recv (('child pid) (equal? pid p)))) (newline)
;; expect: #t
(spawn (lambda () (! me 'thunk-ran)))
(display (?)) (newline)
;; expect: thunk-ran

;; names
(define named (spawn (process-name-set! (self) 'worker) (! me (process-name (self))) (?)))
(display (?)) (newline)
;; expect: worker
(display (process-name named)) (newline)
;; expect: worker

;; alive until its body returns; sending to a finished process is not an error
(define ref (monitor named))
(display (process-alive? named)) (newline)
;; expect: #t
(! named 'finish)
(display (recv (('DOWN ,ref _ reason) reason))) (newline)
;; expect: normal
(display (process-alive? named)) (newline)
;; expect: #f
(! named 'into-the-void)
(display 'send-to-finished-ok) (newline)
;; expect: send-to-finished-ok

;; tags are unique, and equal to themselves
(define t1 (make-tag))
(define t2 (make-tag))
(write (list (tag? t1) (tag? 't1) (equal? t1 t2) (equal? t1 t1))) (newline)
;; expect: (#t #f #f #t)

;; a hundred processes each send one reply
(define kids (map (lambda (i) (spawn (! me (* i i)))) (iota 100)))
(display (let loop ((n 0) (sum 0)) (if (= n 100) sum (loop (+ n 1) (+ sum (?)))))) (newline)
;; expect: 328350

;; a child sees the parameter bindings of its parent
(define param (make-parameter 1))
(parameterize ((param 42)) (spawn (! me (param))))
(display (?)) (newline)
;; expect: 42

;; messages on one node are passed by reference
(define v (vector 1 2 3))
(spawn (! me v))
(display (eq? (?) v)) (newline)
;; expect: #t

;; the program ends when its top level returns, whatever other processes are doing
(spawn (let loop () (loop)))
(spawn (?))
(display 'end) (newline)
;; expect: end
