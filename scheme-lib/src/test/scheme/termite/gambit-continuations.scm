;; Gambit's continuation API: continuation-capture, continuation-return, continuation-graft,
;; within-continuation, continuation?.
(define (C z) (continuation-capture (lambda (k) (continuation-return k (* z z)))))
(define (B y) (* (C 3) y))
(define (A x) (+ (B 2) x))
(display (A 1)) (newline)
;; expect: 19

(define saved #f)
(display (+ 1 (continuation-capture (lambda (k) (set! saved k) 1)))) (newline)
;; expect: 2
(display (continuation? saved)) (display (continuation? car)) (newline)
;; expect: #t#f

;; graft: the procedure runs in k's place and its value goes to k
(display (list 'a (continuation-capture
                   (lambda (k) (continuation-graft k (lambda (x y) (* x y)) 6 7) 'not-here))))
(newline)
;; expect: (a 42)

;; within-continuation: the thunk runs in k's dynamic environment (its parameters)
(define p (make-parameter 'outer))
(display (parameterize ((p 'inner))
           (continuation-capture
            (lambda (k)
              (parameterize ((p 'elsewhere))
                (within-continuation k (lambda () (p))))))))
(newline)
;; expect: inner

;; dynamic-wind extents are left on the way out
(display (continuation-capture
          (lambda (k)
            (dynamic-wind (lambda () (display "[in]"))
                          (lambda () (continuation-return k 'out))
                          (lambda () (display "[leave]"))))))
(newline)
;; expect: [in][leave]out

;; several values
(call-with-values (lambda () (continuation-capture (lambda (k) (continuation-return k 1 2))))
  (lambda (a b) (display (+ a b)) (newline)))
;; expect: 3

;; a continuation resumed by another process (the talk's teleportation, on one node)
(define me (self))
(define (teleport-here)
  (continuation-capture
   (lambda (k)
     (spawn (continuation-return k #t))
     (halt!))))
(spawn (begin (teleport-here) (! me 'teleported)))
(display (? 5 'stayed)) (newline)
;; expect: teleported

(define (show-error thunk)
  (display (with-exception-catcher error-object-message thunk)) (newline))
(show-error (lambda () (continuation-return 5 1)))
;; expect: continuation-return: expected a continuation, got
(show-error (lambda () (within-continuation saved 5)))
;; expect: within-continuation: expected a procedure, got
(show-error (lambda () (continuation-capture 'x)))
;; expect: continuation-capture: expected a procedure, got
(show-error (lambda () (continuation-graft 'k car)))
;; expect: continuation-graft: expected a continuation, got
