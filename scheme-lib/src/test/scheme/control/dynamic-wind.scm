;; dynamic-wind: before/after order on normal exit, escapes with call/cc, re-entry, and nesting.
(define trace '())
(define (note x) (set! trace (cons x trace)))
(define (show) (write (reverse trace)) (newline) (set! trace '()))

(write (dynamic-wind (lambda () (note 'in)) (lambda () (note 'body) 'result) (lambda () (note 'out))))
(newline)
(show)
;; expect: result
;; expect: (in body out)

;; Escaping from nested winds runs the after thunks innermost first.
(call/cc (lambda (k)
  (dynamic-wind
    (lambda () (note 'in1))
    (lambda () (dynamic-wind (lambda () (note 'in2)) (lambda () (k 'escaped)) (lambda () (note 'out2))))
    (lambda () (note 'out1)))))
(show)
;; expect: (in1 in2 out2 out1)

;; Re-entering a continuation captured inside runs the before thunk again.
(define reenter #f)
(define times 0)
(dynamic-wind
  (lambda () (note 'before))
  (lambda () (call/cc (lambda (k) (set! reenter k))) (note 'during))
  (lambda () (note 'after)))
(set! times (+ times 1))
(if (< times 2) (reenter #f))
(show)
;; expect: (before during after before during after)

;; Jumping from one wind to another exits the first and enters the second.
(define k2 #f)
(define stage 0)
(dynamic-wind
  (lambda () (note 'a-in))
  (lambda () (call/cc (lambda (k) (set! k2 k))))
  (lambda () (note 'a-out)))
(set! stage (+ stage 1))
(if (= stage 1)
    (dynamic-wind
      (lambda () (note 'b-in))
      (lambda () (k2 'jump))
      (lambda () (note 'b-out))))
(show)
;; expect: (a-in a-out b-in b-out a-in a-out)

;; The after thunk runs when an error escapes to a guard.
(write (guard (e (#t (note 'handler) (list 'caught e)))
  (dynamic-wind (lambda () (note 'in)) (lambda () (raise 'boom)) (lambda () (note 'out)))))
(newline)
(show)
;; expect: (caught boom)
;; expect: (in out handler)
